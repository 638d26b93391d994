//! Everything printed for a person or a program: tables, JSON, NDJSON, lines.
//! Tables and lines go to stdout; errors and progress to stderr.

use comfy_table::{ContentArrangement, Table, presets};
use serde_json::Value;
use std::io::{IsTerminal, Write};

#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub json: bool,
    pub quiet: bool,
    pub color: bool,
}

impl Output {
    pub fn new(json: bool, quiet: bool) -> Self {
        let color = std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        Output { json, quiet, color }
    }

    /// A table with a header row.
    pub fn table(&self, header: &[&str], rows: Vec<Vec<String>>) {
        if self.quiet {
            return;
        }
        let mut t = Table::new();
        t.load_preset(if self.color {
            presets::UTF8_FULL_CONDENSED
        } else {
            presets::ASCII_FULL_CONDENSED
        })
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.to_vec());
        for r in rows {
            t.add_row(r);
        }
        print_line(&t.to_string());
    }

    /// A two-column table of names and values.
    pub fn fields(&self, rows: &[(&str, String)]) {
        self.table(
            &["field", "value"],
            rows.iter()
                .map(|(k, v)| vec![(*k).to_owned(), v.clone()])
                .collect(),
        );
    }

    /// One JSON document (pretty), for `--json`.
    pub fn document(&self, v: &Value) {
        if self.quiet {
            return;
        }
        print_line(&serde_json::to_string_pretty(v).unwrap_or_default());
    }

    /// A line that is the command's product (a result file written to
    /// standard output): printed even with `-q`.
    pub fn product(&self, line: &str) {
        print_line(line);
    }

    /// One NDJSON line, flushed at once (streams are read as they come).
    pub fn ndjson(&self, v: &Value) {
        if self.quiet {
            return;
        }
        print_line(&v.to_string());
    }

    /// Text exactly as given (a file's contents), unless quiet.
    pub fn raw(&self, s: &str) {
        if self.quiet {
            return;
        }
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(s.as_bytes());
        let _ = out.flush();
    }

    /// One line of text for a person, flushed at once.
    pub fn line(&self, s: &str) {
        if self.quiet || self.json {
            return;
        }
        print_line(s);
    }
}

/// Write one line to stdout and flush; a closed pipe (`| head`) is not an
/// error worth dying for, so write failures are ignored.
fn print_line(s: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{s}");
    let _ = out.flush();
}
