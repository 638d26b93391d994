fn main() {
    std::process::exit(signal_cli::run());
}
