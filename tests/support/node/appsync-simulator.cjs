// The Amplify AppSync simulator (@aws-amplify/amplify-appsync-simulator)
// serving the Signal schema of protocols/appsync.md: sendSignal resolved
// by a NONE data source, onSignal subscribed to it, API-key auth. Prints
// {"url": ..., "api_key": ...} once it listens; runs until killed.
//
//   node appsync-simulator.cjs API_KEY

const {
  AmplifyAppSyncSimulator,
} = require('@aws-amplify/amplify-appsync-simulator');

const apiKey = process.argv[2];

const schema = `
type Signal {
  from: String!
  to: String!
  action: String!
  data: String!
}
type Query {
  getSignal(id: ID!): Signal
}
type Mutation {
  sendSignal(to: String!, action: String!, data: String!): Signal
}
type Subscription {
  onSignal(to: String!): Signal @aws_subscribe(mutations: ["sendSignal"])
}
`;

// The resolver returns its arguments; with an API key there is no caller
// identity, so `from` is a constant and the sender travels inside `data`.
const request = `{
  "version": "2017-02-28",
  "payload": {
    "from": "api-key",
    "to": $util.toJson($ctx.args.to),
    "action": $util.toJson($ctx.args.action),
    "data": $util.toJson($ctx.args.data)
  }
}`;

// A port the system says is free (the simulator's own choice scans from a
// fixed base port, which tests running at once would race for).
function freePort() {
  return new Promise((resolve, reject) => {
    const s = require('net').createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function started() {
  // Another process may take the port between the check and the listen:
  // try a few.
  for (let attempt = 1; ; attempt++) {
    const simulator = new AmplifyAppSyncSimulator({ port: await freePort() });
    configure(simulator);
    try {
      await simulator.start();
      return simulator;
    } catch (e) {
      if (attempt >= 5) throw e;
    }
  }
}

function configure(simulator) {
  simulator.init({
    schema: { content: schema },
    appSync: {
      name: 'signals',
      defaultAuthenticationType: { authenticationType: 'API_KEY' },
      apiKey,
      additionalAuthenticationProviders: [],
    },
    dataSources: [{ type: 'NONE', name: 'none' }],
    resolvers: [
      {
        kind: 'UNIT',
        typeName: 'Mutation',
        fieldName: 'sendSignal',
        dataSourceName: 'none',
        requestMappingTemplate: request,
        responseMappingTemplate: '$util.toJson($ctx.result)',
      },
    ],
  });
}

async function main() {
  const simulator = await started();
  const port = new URL(simulator.localhostUrl).port;
  process.stdout.write(JSON.stringify({ url: `http://127.0.0.1:${port}`, api_key: apiKey }) + '\n');
  const stop = () => simulator.stop().finally(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + '\n');
  process.exit(1);
});
