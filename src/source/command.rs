//! A secret from a command (`client-secret = { command = ["pass", "show",
//! "x"] }`): run without a shell, stdin closed, bounded by `--timeout` and
//! 64 KiB of output, stdout trimmed. Only on a cache miss.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const CAP: u64 = 64 * 1024;

/// The command's trimmed stdout, or why not (its first stderr line when it
/// fails).
pub fn run(argv: &[String], deadline: Instant) -> Result<String, String> {
    let prog = &argv[0];
    let mut child = Command::new(prog)
        .args(&argv[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not run {prog}: {e}"))?;
    // read both pipes while waiting, so a chatty command cannot block; the
    // reads are collected by the same deadline, since something the command
    // left running may keep its output open after it exits
    let read = |pipe: Option<Box<dyn Read + Send>>| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(p) = pipe {
                let _ = p.take(CAP + 1).read_to_end(&mut buf);
            }
            let _ = tx.send(buf);
        });
        rx
    };
    let out = read(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = read(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("{prog} did not finish within --timeout"));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("could not wait for {prog}: {e}")),
        }
    };
    let collect = |rx: std::sync::mpsc::Receiver<Vec<u8>>| {
        rx.recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .map_err(|_| {
                format!(
                    "{prog} exited, but something it started kept its output open past --timeout"
                )
            })
    };
    let stdout = collect(out)?;
    let stderr = collect(err)?;
    if !status.success() {
        let first = String::from_utf8_lossy(&stderr)
            .lines()
            .find(|l| !l.trim().is_empty())
            .map(|l| format!(": {}", crate::error::sanitize_remote(l)))
            .unwrap_or_default();
        let code = status
            .code()
            .map_or_else(|| "killed by a signal".to_string(), |c| format!("exit {c}"));
        return Err(format!("{prog} failed ({code}){first}"));
    }
    if stdout.len() as u64 > CAP {
        return Err(format!("{prog} printed more than {} KiB", CAP / 1024));
    }
    let text = String::from_utf8(stdout).map_err(|_| format!("{prog} printed no UTF-8 text"))?;
    let value = text.trim();
    if value.is_empty() {
        return Err(format!("{prog} printed nothing"));
    }
    Ok(value.to_string())
}
