//! The outgoing token request and the incoming answer, as plain data.
//!
//! Providers build a [`Request`] without doing any I/O, so it can be unit
//! tested, printed by `--dry-run` with every secret masked, or sent by
//! `http.rs`. Values are [`Value::Plain`] or [`Value::Secret`]; only the
//! sender ever exposes a secret.

use crate::secret::Secret;
use base64::Engine;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Plain(String),
    Secret(Secret),
}

impl Value {
    pub fn expose(&self) -> &str {
        match self {
            Value::Plain(s) => s,
            Value::Secret(s) => s.expose(),
        }
    }

    fn masked(&self) -> &str {
        match self {
            Value::Plain(s) => s,
            Value::Secret(_) => "***",
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Plain(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Plain(s)
    }
}

impl From<&Secret> for Value {
    fn from(s: &Secret) -> Self {
        Value::Secret(s.clone())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// `application/x-www-form-urlencoded`, fields in order.
    Form(Vec<(String, Value)>),
    /// `application/json`, a flat object of strings.
    Json(Vec<(String, Value)>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// A GET with no body (discovery); otherwise a POST of `body`.
    pub get: bool,
    pub url: String,
    /// Headers besides Content-Type (which follows from the body).
    pub headers: Vec<(String, Value)>,
    pub body: Body,
}

impl Request {
    /// A GET of a JSON document (no body, nothing secret).
    pub fn get_document(url: impl Into<String>) -> Self {
        Request {
            get: true,
            ..Request::form(url)
        }
    }

    pub fn form(url: impl Into<String>) -> Self {
        Request {
            get: false,
            url: url.into(),
            headers: vec![("Accept".into(), "application/json".into())],
            body: Body::Form(Vec::new()),
        }
    }

    pub fn json(url: impl Into<String>) -> Self {
        Request {
            get: false,
            url: url.into(),
            headers: vec![("Accept".into(), "application/json".into())],
            body: Body::Json(Vec::new()),
        }
    }

    /// Adds a body field.
    pub fn field(mut self, name: &str, value: impl Into<Value>) -> Self {
        match &mut self.body {
            Body::Form(f) | Body::Json(f) => f.push((name.to_string(), value.into())),
        }
        self
    }

    pub fn header(mut self, name: &str, value: impl Into<Value>) -> Self {
        self.headers.push((name.to_string(), value.into()));
        self
    }

    /// HTTP Basic client authentication (`client_id:client_secret`, as the
    /// vendors' own examples send it).
    pub fn basic_auth(self, user: &str, password: &Secret) -> Self {
        let raw = format!("{user}:{}", password.expose());
        let encoded = base64::engine::general_purpose::STANDARD.encode(raw);
        self.header(
            "Authorization",
            Value::Secret(Secret::new(format!("Basic {encoded}"))),
        )
    }

    /// HTTP Basic client authentication as RFC 6749 §2.3.1 says: the client
    /// id and secret each form-encoded first, so `+ % : &` and spaces
    /// survive a conforming server's decoding.
    pub fn basic_auth_form_encoded(self, user: &str, password: &Secret) -> Self {
        let enc = |s: &str| form_encode(s);
        self.basic_auth(&enc(user), &Secret::new(enc(password.expose())))
    }

    /// Every secret value this request carries (an `Authorization` value
    /// also without its scheme, since a server may echo just that part).
    pub fn secret_values(&self) -> Vec<&str> {
        let body = match &self.body {
            Body::Form(f) | Body::Json(f) => f,
        };
        let mut out = Vec::new();
        for (_, v) in self.headers.iter().chain(body) {
            if let Value::Secret(s) = v {
                out.push(s.expose());
                if let Some((_, rest)) = s.expose().split_once(' ') {
                    out.push(rest);
                }
            }
        }
        out
    }

    pub fn content_type(&self) -> &'static str {
        match self.body {
            Body::Form(_) => "application/x-www-form-urlencoded",
            Body::Json(_) => "application/json",
        }
    }

    /// The body as it goes on the wire.
    pub fn body_bytes(&self) -> String {
        self.render_body(Value::expose)
    }

    /// A plain (non-secret) body field's value.
    pub fn body_field(&self, name: &str) -> Option<&str> {
        match &self.body {
            Body::Form(f) | Body::Json(f) => f
                .iter()
                .find(|(k, v)| k == name && matches!(v, Value::Plain(_)))
                .map(|(_, v)| v.expose()),
        }
    }

    /// The value of a body field, for tests.
    #[cfg(test)]
    pub fn get(&self, name: &str) -> Option<&Value> {
        match &self.body {
            Body::Form(f) | Body::Json(f) => f.iter().find(|(k, _)| k == name).map(|(_, v)| v),
        }
    }

    #[cfg(test)]
    pub fn header_value(&self, name: &str) -> Option<&Value> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }

    fn render_body(&self, show: fn(&Value) -> &str) -> String {
        match &self.body {
            Body::Form(fields) => {
                let pairs: Vec<(&str, &str)> =
                    fields.iter().map(|(k, v)| (k.as_str(), show(v))).collect();
                serde_urlencoded::to_string(pairs).unwrap_or_default()
            }
            Body::Json(fields) => {
                let map: serde_json::Map<String, serde_json::Value> = fields
                    .iter()
                    .map(|(k, v)| (k.clone(), serde_json::Value::from(show(v))))
                    .collect();
                serde_json::Value::Object(map).to_string()
            }
        }
    }

    /// What `--dry-run` prints: method, URL, headers, body; secrets as `***`.
    pub fn describe_masked(&self) -> String {
        if self.get {
            return format!("GET {}\n", self.url);
        }
        let mut out = format!("POST {}\nContent-Type: {}\n", self.url, self.content_type());
        for (name, value) in &self.headers {
            let shown = match value {
                Value::Secret(_) if name.eq_ignore_ascii_case("authorization") => {
                    // keep the scheme, it says how the client authenticates
                    let scheme = value.expose().split(' ').next().unwrap_or("");
                    format!("{scheme} ***")
                }
                other => other.masked().to_string(),
            };
            out.push_str(&format!("{name}: {shown}\n"));
        }
        out.push('\n');
        // masked values stay readable: "***" is not percent-encoded away
        out.push_str(&self.render_body(Value::masked).replace("%2A%2A%2A", "***"));
        out.push('\n');
        out.push_str(&self.assertions());
        out
    }

    /// Each secret of the body that is a JWT (a client assertion, an
    /// assertion, a subject token): its decoded header and claims, one line
    /// each — never its signature, which is what makes it a credential.
    pub fn assertions(&self) -> String {
        let body = match &self.body {
            Body::Form(f) | Body::Json(f) => f,
        };
        let mut out = String::new();
        for (name, value) in body {
            if let Value::Secret(s) = value
                && let Ok((header, claims)) = crate::jwt::decode(s.expose())
            {
                out.push_str(&format!(
                    "({name}: *** with header {header} and claims {claims})\n"
                ));
            }
        }
        out
    }
}

/// `application/x-www-form-urlencoded` encoding of one value.
pub fn form_encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// An HTTP answer, with the body already read (and capped).
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dry_run_masks_every_secret() {
        let req = Request::form("https://x.test/token")
            .basic_auth("id", &Secret::new("s3cr3t"))
            .field("password", &Secret::new("pa ss"))
            .field("username", "bob");
        let shown = req.describe_masked();
        assert!(!shown.contains("s3cr3t"));
        assert!(!shown.contains("pa ss") && !shown.contains("pa+ss"));
        assert!(shown.contains("Authorization: Basic ***"));
        assert!(shown.contains("password=***&username=bob"), "{shown}");
        assert!(req.body_bytes().contains("password=pa+ss"));
    }

    #[test]
    fn rfc6749_basic_auth_form_encodes_id_and_secret() {
        let req = Request::form("https://x.test/t")
            .basic_auth_form_encoded("my client", &Secret::new("p+%:& s"));
        let v = req
            .header_value("Authorization")
            .unwrap()
            .expose()
            .to_string();
        let raw = base64::engine::general_purpose::STANDARD
            .decode(v.strip_prefix("Basic ").unwrap())
            .unwrap();
        assert_eq!(String::from_utf8(raw).unwrap(), "my+client:p%2B%25%3A%26+s");
    }

    #[test]
    fn json_body_is_an_object_of_strings() {
        let req = Request::json("https://x.test/login")
            .field("clientId", "abc")
            .field("secret", &Secret::new("x\"y"));
        assert_eq!(req.body_bytes(), r#"{"clientId":"abc","secret":"x\"y"}"#);
        assert!(
            req.describe_masked()
                .contains(r#"{"clientId":"abc","secret":"***"}"#)
        );
    }
}
