// The real socket.io-client against a Socket.IO signaling server.
// Usage: node socketio-client.cjs URL TOKEN_A TOKEN_B
// Prints one JSON line per observation, then exits 0; exits 1 on a timeout.
const { io } = require("socket.io-client");

const [url, tokenA, tokenB] = process.argv.slice(2);
const say = (o) => console.log(JSON.stringify(o));
const userOf = (token) =>
  JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString()).sub;

setTimeout(() => {
  say({ step: "timeout" });
  process.exit(1);
}, 20000).unref();

function connect(token, opts = {}) {
  return new Promise((resolve, reject) => {
    const s = io(url, { auth: { token }, reconnection: false, ...opts });
    s.once("connect", () => resolve(s));
    s.once("connect_error", (e) => reject(e));
  });
}

async function main() {
  // A bad token: CONNECT_ERROR with the middleware's message.
  try {
    await connect("not-a-token", { transports: ["websocket"] });
    say({ step: "bad_token", connected: true });
  } catch (e) {
    say({ step: "bad_token", message: e.message });
  }
  // Two users; `a` on the default transports (polling, then the upgrade).
  const a = await connect(tokenA);
  const b = await connect(tokenB, { transports: ["websocket"] });
  say({ step: "connected", a: a.id !== undefined, b: b.id !== undefined });
  const got = new Promise((resolve) => b.once("offer", resolve));
  const ack = await a.timeout(10000).emitWithAck("offer", { to: userOf(tokenB), sdp: "v=0 from-a" });
  say({ step: "offer_ack", ack });
  const offer = await got;
  say({ step: "b_got_offer", from: offer.from, sdp: offer.sdp, a_user: userOf(tokenA) });
  const refused = await a.timeout(10000).emitWithAck("offer", { to: "nobody-here", sdp: "v=0" });
  say({ step: "unknown_target_ack", ack: refused });
  a.close();
  b.close();
}

main().then(
  () => process.exit(0),
  (e) => {
    say({ step: "error", message: String(e && e.message) });
    process.exit(1);
  },
);
