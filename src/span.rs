//! Byte spans into an article's text, and the one place that turns them into the code-point
//! offsets written as NIF evidence.

use std::ops::Range;

/// A half-open range of byte offsets into an article's text, always on `char` boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// Length in bytes.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True for an empty span.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Self) -> Self {
        Self::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when `other` lies inside this span.
    #[must_use]
    pub const fn contains(self, other: Self) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the spans share at least one byte.
    #[must_use]
    pub const fn overlaps(self, other: Self) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text of this span, or `""` when the span does not fit the text or splits a
    /// character (which would be a bug upstream: it is never a reason to panic on input).
    #[must_use]
    pub fn text(self, text: &str) -> &str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The byte range.
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// This span with leading and trailing white space and the given characters removed.
    #[must_use]
    pub fn trim_matches(self, text: &str, strip: impl Fn(char) -> bool) -> Self {
        let inner = self.text(text);
        let trimmed_start = inner.trim_start_matches(|c: char| c.is_whitespace() || strip(c));
        let start = self.start + (inner.len() - trimmed_start.len());
        let trimmed = trimmed_start.trim_end_matches(|c: char| c.is_whitespace() || strip(c));
        Self::new(start, start + trimmed.len())
    }

    /// This span without leading and trailing white space.
    #[must_use]
    pub fn trim(self, text: &str) -> Self {
        self.trim_matches(text, |_| false)
    }
}

/// Converts byte offsets of one text into Unicode code-point offsets.
///
/// NIF offsets count code points, Rust strings count bytes; extraction works in bytes and
/// converts once, here, when evidence is written.
#[derive(Debug)]
pub struct CharOffsets {
    /// For non-ASCII text: the byte offset of every char boundary, in order; empty for ASCII,
    /// where bytes and code points coincide.
    boundaries: Vec<usize>,
    len: usize,
}

impl CharOffsets {
    /// Index the text.
    #[must_use]
    pub fn new(text: &str) -> Self {
        let boundaries = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices().map(|(i, _)| i).collect()
        };
        Self {
            boundaries,
            len: text.len(),
        }
    }

    /// The code-point offset of a byte offset (the end of the text maps to the char count).
    #[must_use]
    pub fn to_char(&self, byte: usize) -> usize {
        if self.boundaries.is_empty() && self.len > 0 || byte == 0 {
            return byte.min(self.len);
        }
        match self.boundaries.binary_search(&byte) {
            Ok(i) | Err(i) => i,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        let text = "Nigeria’s “Red Cross” said";
        let offsets = CharOffsets::new(text);
        let byte = text.find("Red").unwrap();
        assert_eq!(offsets.to_char(byte), "Nigeria’s “".chars().count());
        assert_eq!(offsets.to_char(text.len()), text.chars().count());
        let ascii = CharOffsets::new("plain text");
        assert_eq!(ascii.to_char(5), 5);
        assert_eq!(ascii.to_char(99), 10);
    }

    #[test]
    fn trim_and_text() {
        let text = "  “hello,”  ";
        let span = Span::new(0, text.len()).trim_matches(text, |c| "“”,".contains(c));
        assert_eq!(span.text(text), "hello");
        assert_eq!(Span::new(3, 1).text(text), "");
        assert_eq!(Span::new(2, 3).text(text), ""); // splits the curly quote
    }
}
