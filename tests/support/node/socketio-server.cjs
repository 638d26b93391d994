// A small signaling server on the real socket.io library, implementing the
// relay of protocols/socketio.md: JWT auth middleware (verified against a
// JWKS), user rooms, offer/answer/ice-candidate to room `to` with `from`,
// acks {ok, error}. Usage: node socketio-server.cjs JWKS_URL ISSUER AUDIENCE [SETTINGS]
// where SETTINGS is JSON: {"path": "/rt/", "namespace": "/calls",
// "events": {"offer": "webrtc-offer", ...}} for a deployment's own names.
// Prints {"port": N} once listening on a free loopback port.
const { createServer } = require("node:http");
const { Server } = require("socket.io");

const [jwksUrl, issuer, audience, settingsJson] = process.argv.slice(2);
const settings = JSON.parse(settingsJson || "{}");
const names = settings.events || {};

async function main() {
  const { createRemoteJWKSet, jwtVerify } = await import("jose");
  const jwks = createRemoteJWKSet(new URL(jwksUrl));
  const http = createServer();
  const server = new Server(http, { maxHttpBufferSize: 1e6, path: settings.path || "/socket.io/" });
  const io = server.of(settings.namespace || "/");

  io.use(async (socket, next) => {
    try {
      const token = (socket.handshake.auth && socket.handshake.auth.token) || "";
      const { payload } = await jwtVerify(token, jwks, { issuer, audience });
      socket.data.userId = payload.sub;
      next();
    } catch (e) {
      next(new Error("Authentication error"));
    }
  });

  io.on("connection", (socket) => {
    socket.join(socket.data.userId);
    for (const ours of ["offer", "answer", "ice-candidate"]) {
      const event = names[ours] || ours;
      socket.on(event, (data, ack) => {
        const reply = typeof ack === "function" ? ack : () => {};
        if (!data || typeof data.to !== "string" || data.to === "") {
          return reply({ ok: false, error: "invalid payload: `to` is required" });
        }
        const room = io.adapter.rooms.get(data.to);
        const others = room ? [...room].filter((id) => id !== socket.id) : [];
        if (others.length === 0) {
          return reply({ ok: false, error: "target offline" });
        }
        socket.to(data.to).emit(event, { ...data, from: socket.data.userId });
        reply({ ok: true });
      });
    }
  });

  http.listen(0, "127.0.0.1", () => {
    console.log(JSON.stringify({ port: http.address().port }));
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
