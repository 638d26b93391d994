# The image `signal-cli loadtest --emit kubernetes` names (signal-cli:VERSION):
#   docker build -t signal-cli:0.1.0 .
# Build stage: the release binary, from the locked dependency tree.
FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY pricing ./pricing
COPY examples ./examples
RUN cargo build --release --locked --bin signal-cli \
 && strip target/release/signal-cli

# Run stage: the binary and the CA certificates TLS verification needs,
# as an unprivileged user.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/signal-cli /usr/local/bin/signal-cli
ENV HOME=/tmp
USER 65532:65532
ENTRYPOINT ["signal-cli"]
