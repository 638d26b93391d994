// The official AppSync Events client (aws-amplify `events`) against an Event
// API: connect, subscribe, publish over the WebSocket and over HTTP, receive
// both events, then the errors a wrong API key gets. One JSON line per step
// on standard output, for the Rust test to assert on.
//
//   node appsync-events-client.cjs HTTPS_ENDPOINT API_KEY CHANNEL
//
// The endpoint is the API's HTTP URL ending in /event; the client derives
// wss://<same host and port>/event/realtime from it. NODE_EXTRA_CA_CERTS
// names the certificate to trust.

// Node 20 has no global WebSocket; the client uses the global one.
globalThis.WebSocket = require('ws');

const { Amplify } = require('aws-amplify');
const { events } = require('aws-amplify/data');

const [endpoint, apiKey, channelName] = process.argv.slice(2);
const say = (v) => process.stdout.write(JSON.stringify(v) + '\n');
const deadline = setTimeout(() => {
  say({ step: 'timeout' });
  process.exit(3);
}, 30000);

Amplify.configure({
  API: {
    Events: { endpoint, region: 'us-east-1', defaultAuthMode: 'apiKey', apiKey },
  },
});

async function main() {
  const channel = await events.connect(channelName);
  say({ step: 'connected' });
  const received = [];
  let bothArrived;
  const arrived = new Promise((resolve) => (bothArrived = resolve));
  const sub = channel.subscribe({
    next: (data) => {
      say({ step: 'event', data });
      received.push(data);
      if (received.length === 2) bothArrived();
    },
    error: (e) => say({ step: 'subscribe-error', message: String(e && e.message ? e.message : JSON.stringify(e)) }),
  });
  await sub.ready;
  say({ step: 'subscribed' });

  await channel.publish({ via: 'websocket', n: 1 });
  say({ step: 'published', via: 'websocket' });
  const posted = await events.post(channelName, { via: 'http', n: 2 });
  say({ step: 'published', via: 'http', result: posted === undefined ? null : posted });
  await arrived;

  // A wrong key: HTTP publish and a subscription on the open socket fail.
  try {
    await events.post(channelName, { via: 'http', n: 3 }, { apiKey: 'da2-wrongwrongwrongwrongwrong' });
    say({ step: 'wrong-key-post', ok: true });
  } catch (e) {
    say({ step: 'wrong-key-post', ok: false, name: e.name, message: String(e.message || e) });
  }
  const wrong = channel.subscribe(
    { next: () => say({ step: 'wrong-key-event' }), error: () => {} },
    { apiKey: 'da2-wrongwrongwrongwrongwrong' },
  );
  try {
    await wrong.ready;
    say({ step: 'wrong-key-subscribe', ok: true });
  } catch (e) {
    say({ step: 'wrong-key-subscribe', ok: false, message: String((e && e.message) || JSON.stringify(e)) });
  }
  sub.unsubscribe();
  await channel.close();
  say({ step: 'done', received: received.length });
  clearTimeout(deadline);
  process.exit(0);
}

main().catch((e) => {
  say({ step: 'failed', message: String((e && e.stack) || e) });
  process.exit(1);
});
