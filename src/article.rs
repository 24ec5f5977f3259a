//! Articles and the readers that turn files into them: plain text, JSON Lines, JSON and HTML,
//! directories (recursively, in sorted order) and standard input.
//!
//! Reading is lazy: [`Inputs`] yields one article at a time, so a JSON Lines file of any size
//! is never held in memory whole. Every problem is a [`ReadError`] naming the file (and the
//! line, for JSON Lines); the iterator goes on after it.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime};
use serde::Deserialize;
use std::collections::VecDeque;
use std::fmt;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Articles longer than this many bytes are refused: no news report is this long, and the
/// extractors' memory grows with the text.
pub const DEFAULT_MAX_BYTES: usize = 16 * 1024 * 1024;

/// One news report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The article's id: the `id` field of JSON input, else the file name without extension.
    pub id: String,
    /// Its title, when known.
    pub title: Option<String>,
    /// Its URL, when known.
    pub url: Option<String>,
    /// When it was published, when known.
    pub published: Option<Published>,
    /// The text as read: every evidence offset points into it.
    pub text: String,
    /// Where it was read from.
    pub origin: Origin,
}

/// A publication date, with or without a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    /// A calendar date.
    Date(Date),
    /// An instant.
    DateTime(Timestamp),
}

impl Published {
    /// Parses `2013-09-22`, `2013-09-22T10:30:00Z`, `2013-09-22 10:30:00+03:00` or a civil
    /// date-time without offset (read as a date).
    #[must_use]
    pub fn parse(value: &str) -> Option<Self> {
        let value = value.trim();
        if let Ok(ts) = value.parse::<Timestamp>() {
            return Some(Self::DateTime(ts));
        }
        if let Ok(date) = value.parse::<Date>() {
            return Some(Self::Date(date));
        }
        value
            .parse::<DateTime>()
            .ok()
            .map(|dt| Self::Date(dt.date()))
    }

    /// The calendar date (UTC for instants).
    #[must_use]
    pub fn date(self) -> Date {
        match self {
            Self::Date(d) => d,
            Self::DateTime(ts) => ts.to_zoned(jiff::tz::TimeZone::UTC).date(),
        }
    }
}

/// Where an article came from, for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The file (`-` for standard input).
    pub path: PathBuf,
    /// The 1-based line, for JSON Lines.
    pub line: Option<usize>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}", self.path.display()),
            None => write!(f, "{}", self.path.display()),
        }
    }
}

/// Why an input could not be read. Each variant names the file, and the line where there is one.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file or directory could not be opened or read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: io::Error,
    },
    /// The bytes are not UTF-8 text.
    #[error("{origin}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 {
        /// Where.
        origin: Origin,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The text holds NUL bytes: a binary file, not an article.
    #[error("{origin}: binary data, not text")]
    Binary {
        /// Where.
        origin: Origin,
    },
    /// A JSON line or document does not parse.
    #[error("{origin}: malformed JSON: {message}")]
    Json {
        /// Where.
        origin: Origin,
        /// The parser's message.
        message: String,
    },
    /// The article has no text.
    #[error("{origin}: empty article")]
    Empty {
        /// Where.
        origin: Origin,
    },
    /// The article is longer than the limit.
    #[error("{origin}: article of {size} bytes exceeds the limit of {limit} bytes")]
    TooLarge {
        /// Where.
        origin: Origin,
        /// Its size.
        size: usize,
        /// The limit.
        limit: usize,
    },
}

impl ReadError {
    /// Where the problem is.
    #[must_use]
    pub fn path(&self) -> &Path {
        match self {
            Self::Io { path, .. } => path,
            Self::NotUtf8 { origin, .. }
            | Self::Binary { origin }
            | Self::Json { origin, .. }
            | Self::Empty { origin }
            | Self::TooLarge { origin, .. } => &origin.path,
        }
    }
}

/// The shape of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    JsonLines,
    Json,
    Html,
}

impl Kind {
    fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Self::Text),
            "jsonl" | "ndjson" => Some(Self::JsonLines),
            "json" => Some(Self::Json),
            "html" | "htm" | "xhtml" => Some(Self::Html),
            _ => None,
        }
    }
}

/// The fields of a JSON article.
#[derive(Debug, Deserialize)]
struct JsonArticle {
    id: JsonId,
    text: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
}

/// Ids are strings, but a numeric id is accepted as its decimal form.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum JsonId {
    Text(String),
    Number(serde_json::Number),
}

impl JsonId {
    fn into_string(self) -> String {
        match self {
            Self::Text(s) => s,
            Self::Number(n) => n.to_string(),
        }
    }
}

/// A lazy reader over files, directories and standard input.
///
/// ```no_run
/// for article in newsgraph::Inputs::new(["articles/"]) {
///     match article {
///         Ok(article) => println!("{}: {} bytes", article.id, article.text.len()),
///         Err(err) => eprintln!("{err}"),
///     }
/// }
/// ```
pub struct Inputs {
    pending: VecDeque<PathBuf>,
    current: Option<Source>,
    max_bytes: usize,
}

enum Source {
    Lines {
        path: PathBuf,
        reader: Box<dyn BufRead>,
        line: usize,
    },
    Ready(VecDeque<Result<Article, ReadError>>),
}

impl Inputs {
    /// Reads the given paths in order; `-` is standard input.
    pub fn new<P: Into<PathBuf>>(paths: impl IntoIterator<Item = P>) -> Self {
        Self {
            pending: paths.into_iter().map(Into::into).collect(),
            current: None,
            max_bytes: DEFAULT_MAX_BYTES,
        }
    }

    /// Refuse articles longer than `max_bytes`.
    #[must_use]
    pub fn with_max_bytes(mut self, max_bytes: usize) -> Self {
        self.max_bytes = max_bytes;
        self
    }

    fn open(&mut self, path: PathBuf) -> Option<Source> {
        if path.as_os_str() == "-" {
            return Some(self.open_stdin());
        }
        let meta = match std::fs::metadata(&path) {
            Ok(meta) => meta,
            Err(source) => return Some(ready(Err(ReadError::Io { path, source }))),
        };
        if meta.is_dir() {
            match list_dir(&path) {
                Ok(files) => {
                    // Depth-first: the directory's files come before the rest of the queue.
                    for file in files.into_iter().rev() {
                        self.pending.push_front(file);
                    }
                    return None;
                }
                Err(source) => return Some(ready(Err(ReadError::Io { path, source }))),
            }
        }
        let kind = Kind::of(&path).unwrap_or(Kind::Text);
        if kind == Kind::JsonLines {
            return Some(match File::open(&path) {
                Ok(file) => Source::Lines {
                    path,
                    reader: Box::new(BufReader::new(file)),
                    line: 0,
                },
                Err(source) => ready(Err(ReadError::Io { path, source })),
            });
        }
        let bytes = match read_limited(File::open(&path), self.max_bytes) {
            Ok(bytes) => bytes,
            Err(LimitedError::Io(source)) => {
                return Some(ready(Err(ReadError::Io { path, source })));
            }
            Err(LimitedError::TooLarge(size)) => {
                let origin = Origin { path, line: None };
                return Some(ready(Err(ReadError::TooLarge {
                    origin,
                    size,
                    limit: self.max_bytes,
                })));
            }
        };
        Some(Source::Ready(
            parse_whole(&path, kind, &bytes, self.max_bytes).into(),
        ))
    }

    fn open_stdin(&mut self) -> Source {
        let path = PathBuf::from("-");
        let mut reader: Box<dyn BufRead> = Box::new(BufReader::new(io::stdin()));
        // Sniff the first non-blank byte: `{` starts JSON Lines (read lazily), `[` a JSON array,
        // `<` an HTML page; anything else is one plain-text article.
        let first = loop {
            match reader.fill_buf() {
                Ok([]) => break None,
                Ok(buf) => {
                    if let Some(pos) = buf.iter().position(|b| !b.is_ascii_whitespace()) {
                        break Some(buf[pos]);
                    }
                    let n = buf.len();
                    reader.consume(n);
                }
                Err(source) => return ready(Err(ReadError::Io { path, source })),
            }
        };
        if first == Some(b'{') {
            return Source::Lines {
                path,
                reader,
                line: 0,
            };
        }
        let kind = match first {
            Some(b'[') => Kind::Json,
            Some(b'<') => Kind::Html,
            _ => Kind::Text,
        };
        match read_limited(Ok(reader), self.max_bytes) {
            Ok(bytes) => Source::Ready(parse_whole(&path, kind, &bytes, self.max_bytes).into()),
            Err(LimitedError::Io(source)) => ready(Err(ReadError::Io { path, source })),
            Err(LimitedError::TooLarge(size)) => ready(Err(ReadError::TooLarge {
                origin: Origin { path, line: None },
                size,
                limit: self.max_bytes,
            })),
        }
    }
}

fn ready(item: Result<Article, ReadError>) -> Source {
    Source::Ready(VecDeque::from([item]))
}

impl Iterator for Inputs {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match &mut self.current {
                Some(Source::Ready(items)) => {
                    if let Some(item) = items.pop_front() {
                        return Some(item);
                    }
                    self.current = None;
                }
                Some(Source::Lines { path, reader, line }) => {
                    match next_json_line(path, reader.as_mut(), line, self.max_bytes) {
                        Some(item) => return Some(item),
                        None => self.current = None,
                    }
                }
                None => {
                    let path = self.pending.pop_front()?;
                    self.current = self.open(path);
                }
            }
        }
    }
}

/// The readable files of a directory tree, sorted by path; files of unknown kinds are skipped.
fn list_dir(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for entry in entries {
        let name = entry.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') {
            continue;
        }
        if entry.is_dir() {
            out.extend(list_dir(&entry)?);
        } else if Kind::of(&entry).is_some() {
            out.push(entry);
        }
    }
    Ok(out)
}

enum LimitedError {
    Io(io::Error),
    TooLarge(usize),
}

fn read_limited<R: Read>(reader: io::Result<R>, max: usize) -> Result<Vec<u8>, LimitedError> {
    let reader = reader.map_err(LimitedError::Io)?;
    let mut bytes = Vec::new();
    let limit = u64::try_from(max).unwrap_or(u64::MAX).saturating_add(1);
    reader
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(LimitedError::Io)?;
    if bytes.len() > max {
        return Err(LimitedError::TooLarge(bytes.len()));
    }
    Ok(bytes)
}

/// Reads the next JSON line; blank lines are skipped. `None` at the end of the file.
fn next_json_line(
    path: &Path,
    reader: &mut dyn BufRead,
    line: &mut usize,
    max_bytes: usize,
) -> Option<Result<Article, ReadError>> {
    let mut buf = Vec::new();
    loop {
        buf.clear();
        *line += 1;
        let origin = || Origin {
            path: path.to_owned(),
            line: Some(*line),
        };
        // Read at most the limit (plus the newline) so one huge line cannot exhaust memory.
        let limit = u64::try_from(max_bytes)
            .unwrap_or(u64::MAX)
            .saturating_add(2);
        let n = match reader.take(limit).read_until(b'\n', &mut buf) {
            Ok(n) => n,
            Err(source) => {
                return Some(Err(ReadError::Io {
                    path: path.to_owned(),
                    source,
                }));
            }
        };
        if n == 0 {
            return None;
        }
        if !buf.ends_with(b"\n") && buf.len() > max_bytes {
            // Skip the rest of the oversized line so the next item starts on a fresh line.
            let mut size = buf.len();
            let mut rest = Vec::new();
            loop {
                rest.clear();
                match reader.take(1 << 20).read_until(b'\n', &mut rest) {
                    Ok(0) | Err(_) => break,
                    Ok(k) => {
                        size += k;
                        if rest.ends_with(b"\n") {
                            break;
                        }
                    }
                }
            }
            return Some(Err(ReadError::TooLarge {
                origin: origin(),
                size,
                limit: max_bytes,
            }));
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let text = match std::str::from_utf8(&buf) {
            Ok(text) => text,
            Err(err) => {
                return Some(Err(ReadError::NotUtf8 {
                    origin: origin(),
                    offset: err.valid_up_to(),
                }));
            }
        };
        return Some(parse_json_article(text, origin(), max_bytes));
    }
}

fn parse_json_article(json: &str, origin: Origin, max_bytes: usize) -> Result<Article, ReadError> {
    let parsed: JsonArticle = serde_json::from_str(json).map_err(|err| ReadError::Json {
        origin: origin.clone(),
        message: err.to_string(),
    })?;
    from_json(parsed, origin, max_bytes)
}

fn from_json(parsed: JsonArticle, origin: Origin, max_bytes: usize) -> Result<Article, ReadError> {
    let id = parsed.id.into_string();
    if id.trim().is_empty() {
        return Err(ReadError::Json {
            origin,
            message: "the `id` field is empty".into(),
        });
    }
    check_text(&parsed.text, &origin, max_bytes)?;
    Ok(Article {
        id,
        title: parsed.title.filter(|t| !t.trim().is_empty()),
        url: parsed.url.filter(|u| !u.trim().is_empty()),
        published: parsed.published.as_deref().and_then(Published::parse),
        text: parsed.text,
        origin,
    })
}

fn check_text(text: &str, origin: &Origin, max_bytes: usize) -> Result<(), ReadError> {
    if text.len() > max_bytes {
        return Err(ReadError::TooLarge {
            origin: origin.clone(),
            size: text.len(),
            limit: max_bytes,
        });
    }
    if text.contains('\0') {
        return Err(ReadError::Binary {
            origin: origin.clone(),
        });
    }
    if text.trim().is_empty() {
        return Err(ReadError::Empty {
            origin: origin.clone(),
        });
    }
    Ok(())
}

/// Parses a whole file (text, JSON or HTML) into its articles.
fn parse_whole(
    path: &Path,
    kind: Kind,
    bytes: &[u8],
    max_bytes: usize,
) -> Vec<Result<Article, ReadError>> {
    let origin = Origin {
        path: path.to_owned(),
        line: None,
    };
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            // A file full of NUL bytes is binary even where it happens to be valid UTF-8 up to
            // the first bad byte; say "binary" when the head of the file looks like it.
            let head = &bytes[..bytes.len().min(1024)];
            if head.contains(&0) {
                return vec![Err(ReadError::Binary { origin })];
            }
            return vec![Err(ReadError::NotUtf8 {
                origin,
                offset: err.valid_up_to(),
            })];
        }
    };
    let stem = || {
        path.file_stem()
            .and_then(|s| s.to_str())
            .filter(|s| *s != "-")
            .unwrap_or("stdin")
            .to_owned()
    };
    match kind {
        Kind::Text => vec![read_text(stem(), text, origin, max_bytes)],
        Kind::Html => vec![read_html(stem(), text, origin, max_bytes)],
        Kind::JsonLines => text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                parse_json_article(
                    l,
                    Origin {
                        path: path.to_owned(),
                        line: Some(i + 1),
                    },
                    max_bytes,
                )
            })
            .collect(),
        Kind::Json => read_json(text, origin, max_bytes),
    }
}

fn read_text(
    id: String,
    text: &str,
    origin: Origin,
    max_bytes: usize,
) -> Result<Article, ReadError> {
    check_text(text, &origin, max_bytes)?;
    Ok(Article {
        id,
        title: text_title(text),
        url: None,
        published: None,
        text: text.to_owned(),
        origin,
    })
}

/// A short first line without final punctuation, followed by more text, is a title.
fn text_title(text: &str) -> Option<String> {
    let trimmed = text.trim_start();
    let (first, rest) = trimmed.split_once('\n')?;
    let first = first.trim();
    let words = first.split_whitespace().count();
    let ends_like_sentence = first.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '’']);
    (!first.is_empty()
        && words <= 20
        && first.chars().count() <= 160
        && !ends_like_sentence
        && !rest.trim().is_empty())
    .then(|| first.to_owned())
}

fn read_json(text: &str, origin: Origin, max_bytes: usize) -> Vec<Result<Article, ReadError>> {
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(err) => {
            return vec![Err(ReadError::Json {
                origin,
                message: err.to_string(),
            })];
        }
    };
    let items = match value {
        serde_json::Value::Array(items) => items,
        other => vec![other],
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let parsed: JsonArticle =
                serde_json::from_value(item).map_err(|err| ReadError::Json {
                    origin: origin.clone(),
                    message: format!("item {}: {err}", i + 1),
                })?;
            from_json(parsed, origin.clone(), max_bytes)
        })
        .collect()
}

/// The article body of an HTML page: the text of its `<article>` (else `<main>`, else
/// `<body>`), paragraph by paragraph, without navigation, scripts, forms or page furniture.
fn read_html(
    id: String,
    html: &str,
    origin: Origin,
    max_bytes: usize,
) -> Result<Article, ReadError> {
    use scraper::{ElementRef, Html, Node, Selector};

    fn sel(s: &str) -> Selector {
        Selector::parse(s).unwrap_or_else(|_| unreachable!("constant selector {s}"))
    }
    const SKIP: &[&str] = &[
        "script",
        "style",
        "noscript",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "svg",
        "iframe",
        "template",
        "select",
        "figure",
        "figcaption",
    ];
    const BLOCKS: &[&str] = &[
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "pre",
        "div",
        "section",
        "article",
        "main",
        "body",
        "tr",
        "dd",
        "dt",
        "br",
        "table",
        "ul",
        "ol",
    ];

    fn collect(el: ElementRef<'_>, out: &mut String) {
        for child in el.children() {
            match child.value() {
                Node::Text(t) => {
                    let squeezed: String = t.split_whitespace().collect::<Vec<_>>().join(" ");
                    if !squeezed.is_empty() {
                        if t.starts_with(char::is_whitespace)
                            && !out.ends_with([' ', '\n'])
                            && !out.is_empty()
                        {
                            out.push(' ');
                        }
                        out.push_str(&squeezed);
                        if t.ends_with(char::is_whitespace) {
                            out.push(' ');
                        }
                    }
                }
                Node::Element(e) => {
                    let name = e.name();
                    if SKIP.contains(&name) {
                        continue;
                    }
                    let Some(child_el) = ElementRef::wrap(child) else {
                        continue;
                    };
                    let block = BLOCKS.contains(&name);
                    if block {
                        paragraph_break(out);
                    }
                    collect(child_el, out);
                    if block {
                        paragraph_break(out);
                    }
                }
                _ => {}
            }
        }
    }
    fn paragraph_break(out: &mut String) {
        while out.ends_with(' ') {
            out.pop();
        }
        if !out.is_empty() && !out.ends_with("\n\n") {
            if out.ends_with('\n') {
                out.push('\n');
            } else {
                out.push_str("\n\n");
            }
        }
    }

    let doc = Html::parse_document(html);
    let root = ["article", "main", "[role=main]", "body"]
        .iter()
        .find_map(|s| doc.select(&sel(s)).next())
        .unwrap_or_else(|| doc.root_element());
    let mut text = String::new();
    collect(root, &mut text);
    let text = text.trim().to_owned();

    let meta = |prop: &str| {
        doc.select(&sel(&format!(
            "meta[property=\"{prop}\"], meta[name=\"{prop}\"]"
        )))
        .find_map(|m| m.value().attr("content"))
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
    };
    let title = meta("og:title")
        .or_else(|| {
            doc.select(&sel("title"))
                .next()
                .map(|t| t.text().collect::<String>().trim().to_owned())
        })
        .filter(|t| !t.is_empty());
    let url = doc
        .select(&sel("link[rel=canonical]"))
        .find_map(|l| l.value().attr("href").map(str::to_owned))
        .or_else(|| meta("og:url"));
    let published = meta("article:published_time")
        .or_else(|| meta("date"))
        .or_else(|| {
            doc.select(&sel("time[datetime]"))
                .find_map(|t| t.value().attr("datetime").map(str::to_owned))
        })
        .and_then(|d| Published::parse(&d));
    check_text(&text, &origin, max_bytes)?;
    Ok(Article {
        id,
        title,
        url,
        published,
        text,
        origin,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
        let path = dir.join(name);
        File::create(&path).unwrap().write_all(bytes).unwrap();
        path
    }

    #[test]
    fn text_file_id_and_title() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "a1.txt",
            b"Gunmen storm hotel\n\nGunmen stormed a hotel on Monday.",
        );
        let articles: Vec<_> = Inputs::new([path]).collect();
        let article = articles[0].as_ref().unwrap();
        assert_eq!(article.id, "a1");
        assert_eq!(article.title.as_deref(), Some("Gunmen storm hotel"));
        assert!(article.text.starts_with("Gunmen storm hotel\n"));
    }

    #[test]
    fn titles_need_a_short_unpunctuated_first_line() {
        assert_eq!(text_title("One sentence only."), None);
        assert_eq!(text_title("A sentence.\nAnother."), None);
        assert_eq!(text_title("Headline\nBody."), Some("Headline".into()));
        assert_eq!(text_title("Headline only"), None);
    }

    #[test]
    fn json_lines_report_the_bad_line_and_go_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = write(
            dir.path(),
            "b.jsonl",
            b"{\"id\": \"x\", \"text\": \"one\"}\n{\"id\": \"y\", \"text\": \n\n{\"id\": 7, \"text\": \"three\", \"published\": \"2013-09-22\"}\n",
        );
        let items: Vec<_> = Inputs::new([path]).collect();
        assert_eq!(items.len(), 3);
        assert_eq!(items[0].as_ref().unwrap().id, "x");
        let err = items[1].as_ref().unwrap_err().to_string();
        assert!(
            err.contains("b.jsonl:2") && err.contains("malformed JSON"),
            "{err}"
        );
        let third = items[2].as_ref().unwrap();
        assert_eq!(third.id, "7");
        assert_eq!(third.origin.line, Some(4));
        assert_eq!(
            third.published.map(Published::date),
            Some(jiff::civil::date(2013, 9, 22))
        );
    }

    #[test]
    fn bad_bytes_are_errors_that_name_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let latin1 = write(dir.path(), "latin1.txt", b"caf\xe9 attack");
        let binary = write(dir.path(), "blob.txt", b"\x00\x01\x02\xff\xfe");
        let empty = write(dir.path(), "empty.txt", b"  \n ");
        let errs: Vec<String> = Inputs::new([latin1, binary, empty])
            .map(|r| r.unwrap_err().to_string())
            .collect();
        assert!(
            errs[0].contains("latin1.txt") && errs[0].contains("not UTF-8"),
            "{}",
            errs[0]
        );
        assert!(
            errs[1].contains("blob.txt") && errs[1].contains("binary"),
            "{}",
            errs[1]
        );
        assert!(
            errs[2].contains("empty.txt") && errs[2].contains("empty"),
            "{}",
            errs[2]
        );
    }

    #[test]
    fn oversized_articles_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let big = write(dir.path(), "big.txt", &[b'a'; 100]);
        let lines = write(
            dir.path(),
            "big.jsonl",
            format!(
                "{{\"id\":\"a\",\"text\":\"{}\"}}\n{{\"id\":\"b\",\"text\":\"ok\"}}\n",
                "x".repeat(200)
            )
            .as_bytes(),
        );
        let items: Vec<_> = Inputs::new([big, lines]).with_max_bytes(50).collect();
        assert!(matches!(items[0], Err(ReadError::TooLarge { .. })));
        assert!(matches!(items[1], Err(ReadError::TooLarge { .. })));
        assert_eq!(items[2].as_ref().unwrap().id, "b");
    }

    #[test]
    fn directories_are_read_recursively_in_sorted_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        write(dir.path(), "b.txt", b"second");
        write(dir.path(), "a.txt", b"first");
        write(dir.path(), "notes.md", b"ignored");
        write(
            &dir.path().join("sub"),
            "c.json",
            br#"[{"id": "c1", "text": "x"}, {"id": "c2", "text": "y"}]"#,
        );
        let ids: Vec<String> = Inputs::new([dir.path()]).map(|a| a.unwrap().id).collect();
        assert_eq!(ids, ["a", "b", "c1", "c2"]);
    }

    #[test]
    fn html_body_without_furniture() {
        let dir = tempfile::tempdir().unwrap();
        let page = br#"<html><head><title>Blast hits market</title>
            <meta property="article:published_time" content="2019-04-21T08:00:00Z">
            <script>var x = "not text";</script></head>
            <body><nav>Home | World</nav><article><h1>Blast hits market</h1>
            <p>A bomb exploded in a <b>crowded</b> market.</p><p>Police said five people died.</p>
            </article><footer>Copyright</footer></body></html>"#;
        let path = write(dir.path(), "page.html", page);
        let article = Inputs::new([path]).next().unwrap().unwrap();
        assert_eq!(article.id, "page");
        assert_eq!(article.title.as_deref(), Some("Blast hits market"));
        assert_eq!(
            article.text,
            "Blast hits market\n\nA bomb exploded in a crowded market.\n\nPolice said five people died."
        );
        assert_eq!(
            article.published.map(Published::date),
            Some(jiff::civil::date(2019, 4, 21))
        );
    }

    #[test]
    fn missing_files_are_io_errors() {
        let err = Inputs::new(["/nonexistent/x.txt"])
            .next()
            .unwrap()
            .unwrap_err();
        assert!(matches!(err, ReadError::Io { .. }));
        assert!(err.to_string().starts_with("/nonexistent/x.txt"));
    }
}
