//! A loopback token server for `bench/run.sh`: answers every POST with a
//! fresh token and counts the calls; `GET /hits` returns the count; any
//! other GET is a small API answer (not counted), for `tok curl`. Prints
//! its port on the first line of stdout. Not part of tok.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::sync::atomic::{AtomicUsize, Ordering};

static HITS: AtomicUsize = AtomicUsize::new(0);

fn main() {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    println!("{}", listener.local_addr().unwrap().port());
    std::io::stdout().flush().unwrap();
    for stream in listener.incoming().flatten() {
        std::thread::spawn(move || {
            let mut reader = BufReader::new(&stream);
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                return;
            }
            let mut length = 0;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some((k, v)) = line.split_once(':')
                    && k.eq_ignore_ascii_case("content-length")
                {
                    length = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; length];
            let _ = reader.read_exact(&mut body);
            let answer = if request_line.starts_with("GET /hits") {
                HITS.load(Ordering::SeqCst).to_string()
            } else if request_line.starts_with("GET ") {
                r#"{"features":[]}"#.to_string()
            } else {
                let n = HITS.fetch_add(1, Ordering::SeqCst);
                format!(
                    r#"{{"access_token":"bench-token-{n}","token_type":"Bearer","expires_in":3600,"scope":"Elfskot.Api"}}"#
                )
            };
            let reply = format!(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{answer}",
                answer.len()
            );
            let _ = (&stream).write_all(reply.as_bytes());
        });
    }
}
