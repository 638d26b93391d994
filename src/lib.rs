//! signal-cli: test, replay and load-test WebRTC signaling backends.
//! The layers are drawn in DESIGN.md; `run` is all `main` calls.

pub mod auth;
pub mod backend;
pub mod cli;
pub mod commands;
pub mod config;
pub mod emulator;
pub mod error;
pub mod flow;
pub mod load;
pub mod output;
pub mod signal;
pub mod util;

use clap::FromArgMatches;

pub use error::{Error, Result};

/// Parse the command line, run the command, and return the exit code.
pub fn run() -> i32 {
    let matches = match cli::command().try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    let cli = match cli::Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return 2;
        }
    };
    init_tracing();
    // Thousands of sessions need thousands of sockets: raise the soft limit
    // on open files to the hard one.
    #[cfg(unix)]
    let _ = rlimit::increase_nofile_limit(u64::MAX);
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return 1;
        }
    };
    // One shutdown path: SIGINT or SIGTERM cancels `stop`, which every
    // command watches in each of its phases; it then writes what it has,
    // stops its emulators and returns. A second signal ends the process.
    let stop = tokio_util::sync::CancellationToken::new();
    let result = runtime.block_on(async {
        tokio::spawn(watch_signals(stop.clone()));
        commands::dispatch(cli, &matches, stop.clone()).await
    });
    let result = match result {
        Ok(()) if stop.is_cancelled() => Err(Error::Interrupted),
        other => other,
    };
    // Do not wait for tasks still blocked on the network or stdin.
    runtime.shutdown_timeout(std::time::Duration::from_millis(200));
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            e.code()
        }
    }
}

/// Install the handlers of SIGINT and SIGTERM now (before the command can
/// say it is ready), and return the task that cancels `stop` at the first
/// signal and ends the process at the second.
#[cfg(unix)]
fn watch_signals(
    stop: tokio_util::sync::CancellationToken,
) -> impl std::future::Future<Output = ()> + Send + 'static {
    use tokio::signal::unix::{SignalKind, signal};
    let signals =
        signal(SignalKind::interrupt()).and_then(|int| Ok((int, signal(SignalKind::terminate())?)));
    async move {
        let Ok((mut int, mut term)) = signals else {
            return;
        };
        loop {
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
            }
            if stop.is_cancelled() {
                std::process::exit(Error::Interrupted.code());
            }
            stop.cancel();
        }
    }
}

#[cfg(not(unix))]
fn watch_signals(
    stop: tokio_util::sync::CancellationToken,
) -> impl std::future::Future<Output = ()> + Send + 'static {
    async move {
        while tokio::signal::ctrl_c().await.is_ok() {
            if stop.is_cancelled() {
                std::process::exit(Error::Interrupted.code());
            }
            stop.cancel();
        }
    }
}

/// Logs go to stderr, off unless `SIGNAL_CLI_LOG` asks (e.g. `debug`).
fn init_tracing() {
    use tracing_subscriber::EnvFilter;
    let filter =
        EnvFilter::try_from_env("SIGNAL_CLI_LOG").unwrap_or_else(|_| EnvFilter::new("off"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::env::var_os("NO_COLOR").is_none())
        .try_init();
}
