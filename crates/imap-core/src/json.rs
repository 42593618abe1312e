//! JSON text read into serde types: the reader of every file the app
//! loads. It replaces serde_json in the wasm, where serde_json's error
//! messages brought a float printer and its table (zmij), and its number
//! reading a table of powers of ten, into the first module; numbers here
//! are read by `decimal::parse`, correctly rounded. What it saved is in the
//! README ("First load on a phone").
//!
//! It reads what serde_json reads and refuses what it refuses, with
//! serde_json's English for a syntax error (`tests/json.rs` compares the
//! two on every kind of text). Strings without escapes and `Raw` values
//! borrow from the text.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Expected, Unexpected, Visitor};

use crate::decimal;

/// What is wrong in a JSON text, as far as a sentence needs it. A syntax
/// error's detail is serde_json's English (the reader words it the same),
/// for English readers; `imap-i18n` leaves it out of a Chinese sentence.
#[derive(Clone, Debug, PartialEq)]
pub enum JsonFault {
    /// Not JSON where it is: what was expected there, in English.
    Syntax(String),
    /// The text is not UTF-8.
    NotUtf8,
    /// Nested deeper than the reader goes.
    TooDeep,
    /// A field the text must have is missing.
    MissingField(String),
    /// A value of another kind than its place takes: the kind found.
    WrongKind(JsonKind),
    /// Anything else a type's reading says, in serde's English.
    Other(String),
}

/// A JSON value's kind, as a wrong one is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonKind {
    Text,
    Number,
    /// A whole number (only ever expected, never found: any number found
    /// is a number).
    Integer,
    Boolean,
    Null,
    Array,
    Object,
    Other,
}

impl JsonKind {
    fn of(found: &Unexpected) -> JsonKind {
        match found {
            Unexpected::Str(_) | Unexpected::Char(_) => JsonKind::Text,
            Unexpected::Signed(_) | Unexpected::Unsigned(_) | Unexpected::Float(_) => {
                JsonKind::Number
            }
            Unexpected::Bool(_) => JsonKind::Boolean,
            Unexpected::Unit | Unexpected::Option => JsonKind::Null,
            Unexpected::Seq => JsonKind::Array,
            Unexpected::Map => JsonKind::Object,
            _ => JsonKind::Other,
        }
    }
}

/// Why a text could not be read, and where reading stopped.
#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    pub fault: JsonFault,
    /// The byte where reading stopped: the character at fault, or the end
    /// of the value a type refused. Set as the error leaves the reader.
    at: Option<usize>,
}

impl Error {
    fn new(fault: JsonFault) -> Error {
        Error { fault, at: None }
    }

    /// A syntax error (`what` went wrong, in English) in the character at
    /// byte `at` of `text` (or at its end), placed past that character as
    /// serde_json places it. Also for a reader of a JSON text's structure
    /// built on this one (`FeatureScan`).
    pub fn syntax(what: String, text: &str, at: usize) -> Error {
        let width = text
            .get(at..)
            .and_then(|rest| rest.chars().next())
            .map_or(0, char::len_utf8);
        Error {
            fault: JsonFault::Syntax(what),
            at: Some(at + width),
        }
    }

    /// The line (from 1) and column where reading stopped in `text`, the
    /// text that was read: the column counts the characters of the line up
    /// to and with the one at fault (0 at the start of a line).
    pub fn line_column(&self, text: &str) -> (usize, usize) {
        let mut at = self.at.unwrap_or(0).min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let before = &text[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count();
        (before.matches('\n').count() + 1, column)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match &self.fault {
            JsonFault::Syntax(text) | JsonFault::Other(text) => f.write_str(text),
            JsonFault::MissingField(field) => write!(f, "missing field `{field}`"),
            JsonFault::NotUtf8 => f.write_str("not UTF-8"),
            JsonFault::TooDeep => f.write_str("recursion limit exceeded"),
            JsonFault::WrongKind(_) => f.write_str("invalid type"),
        }
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Error {
        Error::new(JsonFault::Other(message.to_string()))
    }

    fn invalid_type(found: Unexpected, _: &dyn Expected) -> Error {
        Error::new(JsonFault::WrongKind(JsonKind::of(&found)))
    }

    /// serde's wording, with a number found not printed when it is a
    /// float: a float printer would weigh more in the wasm than the whole
    /// reader (serde's own `Unexpected` printing has one).
    fn invalid_value(found: Unexpected, expected: &dyn Expected) -> Error {
        let found = match found {
            Unexpected::Unsigned(n) => format!("integer `{n}`"),
            Unexpected::Signed(n) => format!("integer `{n}`"),
            Unexpected::Str(text) => format!("string {text:?}"),
            other => format!("{:?}", JsonKind::of(&other)),
        };
        Error::custom(format_args!("invalid value: {found}, expected {expected}"))
    }

    fn missing_field(field: &'static str) -> Error {
        Error::new(JsonFault::MissingField(field.to_string()))
    }
}

/// A JSON value's text as written (checked, not decoded), for a part read
/// later or never.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Raw<'a>(&'a str);

impl<'a> Raw<'a> {
    pub fn get(self) -> &'a str {
        self.0
    }

    /// `null`, the value of a part not given.
    pub fn is_null(self) -> bool {
        self.0 == "null"
    }
}

/// The name under which `Raw` asks the reader for a value's text.
const RAW: &str = "$imap_core::json::Raw";

impl<'de: 'a, 'a> de::Deserialize<'de> for Raw<'a> {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Raw<'a>, D::Error> {
        struct Text;
        impl<'de> Visitor<'de> for Text {
            type Value = Raw<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Raw<'de>, E> {
                Ok(Raw(text))
            }
        }
        deserializer.deserialize_newtype_struct(RAW, Text)
    }
}

/// `text`, one JSON value and white space around it, read as `T`.
pub fn from_str<'a, T: de::Deserialize<'a>>(text: &'a str) -> Result<T, Error> {
    let mut reader = Reader::new(text);
    let value = T::deserialize(&mut reader).and_then(|value| {
        reader.skip_space();
        match reader.peek() {
            None => Ok(value),
            Some(_) => Err(reader.fail("trailing characters")),
        }
    });
    value.map_err(|e| reader.placed(e))
}

/// The value that starts at byte `at` of `text` (after white space), as
/// written, and the byte after it. An error is placed in the whole text.
pub fn raw_at(text: &str, at: usize) -> Result<(Raw<'_>, usize), Error> {
    let mut reader = Reader { text, at, depth: 0 };
    reader.skip_space();
    let start = reader.at;
    match reader.skip_value() {
        Ok(()) => Ok((Raw(&text[start..reader.at]), reader.at)),
        Err(e) => Err(reader.placed(e)),
    }
}

/// The closing brackets of the arrays and objects open around a skipped
/// value: the first 64 as bits (a feature is skipped without allocating),
/// deeper ones in a list.
#[derive(Default)]
struct Open {
    /// Bit `i` set: the `i`th is an object.
    objects: u64,
    depth: usize,
    deeper: Vec<u8>,
}

impl Open {
    fn push(&mut self, close: u8) {
        if self.depth < 64 {
            self.objects |= u64::from(close == b'}') << self.depth;
        } else {
            self.deeper.push(close);
        }
        self.depth += 1;
    }

    fn last(&self) -> Option<u8> {
        match self.depth {
            0 => None,
            1..=64 => Some(if self.objects >> (self.depth - 1) & 1 == 1 {
                b'}'
            } else {
                b']'
            }),
            _ => self.deeper.last().copied(),
        }
    }

    fn pop(&mut self) {
        self.depth -= 1;
        if self.depth < 64 {
            self.objects &= !(1 << self.depth);
        } else {
            self.deeper.pop();
        }
    }
}

/// A value as the reader finds it; an array's or object's members follow.
enum Token<'de> {
    Null,
    Bool(bool),
    Text(Cow<'de, str>),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    Array,
    Object,
}

/// Where in `bytes` the first quote, backslash or control character is:
/// where a string ends, escapes or goes wrong. Eight bytes at a time
/// (serde_json's way): the names and texts of 100,000 projects are read
/// in one pass.
fn string_stop(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    let zero_in = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        let mut eight = [0; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        let found = zero_in(x ^ (ONES * u64::from(b'"')))
            | zero_in(x ^ (ONES * u64::from(b'\\')))
            | (x.wrapping_sub(ONES * 0x20) & !x & HIGH);
        if found != 0 {
            // The lowest flag is exact; flags above it may not be.
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    let rest = chunks.remainder();
    rest.iter()
        .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
        .map(|i| at + i)
}

/// The first byte from `at` on that is not JSON's white space.
#[inline]
pub fn after_space(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(at) {
        at += 1;
    }
    at
}

/// serde_json's limit: deeper JSON is refused rather than read with a
/// stack that the browser's could not hold.
const MAX_DEPTH: usize = 128;

struct Reader<'de> {
    text: &'de str,
    /// The next byte to read.
    at: usize,
    /// Arrays and objects open around the value being read.
    depth: usize,
}

impl<'de> Reader<'de> {
    fn new(text: &'de str) -> Reader<'de> {
        Reader {
            text,
            at: 0,
            depth: 0,
        }
    }

    fn placed(&self, mut error: Error) -> Error {
        error.at.get_or_insert(self.at);
        error
    }

    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    #[inline]
    fn skip_space(&mut self) {
        self.at = after_space(self.text, self.at);
    }

    /// A syntax error in the next character (or at the end), placed past
    /// it as serde_json places it.
    fn fail(&self, what: &str) -> Error {
        Error::syntax(what.to_string(), self.text, self.at)
    }

    /// At the end of the text: `eof`; else `what`.
    fn fail_or_eof(&self, what: &str, eof: &str) -> Error {
        self.fail(if self.at < self.text.len() { what } else { eof })
    }

    fn literal(&mut self, word: &str) -> Result<(), Error> {
        for &expected in word.as_bytes() {
            match self.peek() {
                Some(b) if b == expected => self.at += 1,
                Some(_) => return Err(self.fail("expected ident")),
                None => return Err(self.fail("EOF while parsing a value")),
            }
        }
        Ok(())
    }

    /// Past a number, checked against JSON's grammar; whether it is whole
    /// (no fraction, no exponent).
    fn number(&mut self) -> Result<bool, Error> {
        self.at += usize::from(self.peek() == Some(b'-'));
        match self.peek() {
            Some(b'0') => {
                self.at += 1;
                if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                    return Err(self.fail("invalid number"));
                }
            }
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err(self.fail_or_eof("invalid number", "EOF while parsing a value")),
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.some_digits()?;
            whole = false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.some_digits()?;
            whole = false;
        }
        Ok(whole)
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    fn some_digits(&mut self) -> Result<(), Error> {
        if !self.peek().is_some_and(|b| b.is_ascii_digit()) {
            return Err(self.fail_or_eof("invalid number", "EOF while parsing a value"));
        }
        self.digits();
        Ok(())
    }

    /// Past a number, read as serde_json reads it: a whole number as u64
    /// or i64 when it fits, else a float (out of range past f64).
    fn read_number(&mut self) -> Result<Token<'de>, Error> {
        let start = self.at;
        let whole = self.number()?;
        let text = &self.text[start..self.at];
        if whole {
            let (negative, digits) = match text.strip_prefix('-') {
                Some(digits) => (true, digits),
                None => (false, text),
            };
            let magnitude = digits.bytes().try_fold(0u64, |n, digit| {
                n.checked_mul(10)?.checked_add(u64::from(digit - b'0'))
            });
            match (negative, magnitude) {
                (false, Some(n)) => return Ok(Token::Unsigned(n)),
                // -0 is a float, as serde_json reads it.
                (true, Some(n)) if n != 0 && n <= i64::MIN.unsigned_abs() => {
                    return Ok(Token::Signed(0i64.wrapping_sub_unsigned(n)));
                }
                _ => {}
            }
        }
        match decimal::parse(text) {
            Some(n) if n.is_finite() => Ok(Token::Float(n)),
            _ => {
                self.at = start;
                Err(self.fail("number out of range"))
            }
        }
    }

    /// The next value, up to the opening bracket of an array or object.
    /// Not generic, so that each type's reading adds only its visit.
    fn token(&mut self) -> Result<Token<'de>, Error> {
        self.skip_space();
        Ok(match self.peek() {
            Some(b'n') => {
                self.literal("null")?;
                Token::Null
            }
            Some(b't') => {
                self.literal("true")?;
                Token::Bool(true)
            }
            Some(b'f') => {
                self.literal("false")?;
                Token::Bool(false)
            }
            Some(b'"') => Token::Text(self.string(true)?),
            Some(b'-' | b'0'..=b'9') => self.read_number()?,
            Some(b'[') => {
                self.nest()?;
                Token::Array
            }
            Some(b'{') => {
                self.nest()?;
                Token::Object
            }
            _ => return Err(self.fail_or_eof("expected value", "EOF while parsing a value")),
        })
    }

    /// Past a string (at its opening quote), checked; its text when
    /// `decode` asks for it (decoded when it has escapes). Unasked, what it
    /// returns is not the string's text.
    fn string(&mut self, decode: bool) -> Result<Cow<'de, str>, Error> {
        let bytes = self.text.as_bytes();
        self.at += 1;
        let mut run = self.at;
        let mut decoded: Option<String> = None;
        loop {
            let Some(stop) = string_stop(&bytes[self.at..]) else {
                self.at = bytes.len();
                return Err(self.fail("EOF while parsing a string"));
            };
            self.at += stop;
            match bytes[self.at] {
                b'"' => {
                    let tail = &self.text[run..self.at];
                    self.at += 1;
                    return Ok(match decoded {
                        None => Cow::Borrowed(tail),
                        Some(mut text) => {
                            text.push_str(tail);
                            Cow::Owned(text)
                        }
                    });
                }
                b'\\' => {
                    let backslash = self.at;
                    let c = self.escape()?;
                    if decode {
                        let text = decoded.get_or_insert_with(String::new);
                        text.push_str(&self.text[run..backslash]);
                        text.push(c);
                    }
                    run = self.at;
                }
                _ => {
                    return Err(self
                        .fail("control character (\\u0000-\\u001F) found while parsing a string"));
                }
            }
        }
    }

    /// Past an escape (at its backslash): the character it stands for.
    fn escape(&mut self) -> Result<char, Error> {
        self.at += 1;
        let Some(letter) = self.peek() else {
            return Err(self.fail("EOF while parsing a string"));
        };
        let c = match letter {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                self.at += 1;
                let unit = self.hex4()?;
                let code = match unit {
                    0xDC00..=0xDFFF => return Err(self.lone_surrogate()),
                    0xD800..=0xDBFF => {
                        // A leading surrogate: a trailing one must follow.
                        for expected in [b'\\', b'u'] {
                            match self.peek() {
                                Some(b) if b == expected => self.at += 1,
                                Some(_) => {
                                    return Err(self.fail("unexpected end of hex escape"));
                                }
                                None => return Err(self.fail("EOF while parsing a string")),
                            }
                        }
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.lone_surrogate());
                        }
                        0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    _ => unit,
                };
                let c =
                    char::from_u32(code).ok_or_else(|| self.fail("invalid unicode code point"))?;
                return Ok(c);
            }
            _ => return Err(self.fail("invalid escape")),
        };
        self.at += 1;
        Ok(c)
    }

    fn lone_surrogate(&self) -> Error {
        self.fail("lone leading surrogate in hex escape")
    }

    /// Four hex digits: their value.
    fn hex4(&mut self) -> Result<u32, Error> {
        let Some(digits) = self.text.as_bytes().get(self.at..self.at + 4) else {
            self.at = self.text.len();
            return Err(self.fail("EOF while parsing a string"));
        };
        let unit = digits.iter().try_fold(0, |unit, &b| {
            char::from(b).to_digit(16).map(|digit| unit * 16 + digit)
        });
        self.at += 4;
        // Past the four digits, wherever the bad one is (as serde_json).
        unit.ok_or_else(|| Error {
            fault: JsonFault::Syntax("invalid escape".into()),
            at: Some(self.at),
        })
    }

    /// Past an object's member name and its colon.
    fn name(&mut self) -> Result<Cow<'de, str>, Error> {
        match self.peek() {
            Some(b'"') => {}
            Some(_) => return Err(self.fail("key must be a string")),
            None => return Err(self.fail("EOF while parsing an object")),
        }
        let name = self.string(true)?;
        self.skip_space();
        match self.peek() {
            Some(b':') => {
                self.at += 1;
                Ok(name)
            }
            _ => Err(self.fail_or_eof("expected `:`", "EOF while parsing an object")),
        }
    }

    /// Past the value here, checked whole. Its nesting has no limit (only
    /// a list of the brackets open, no recursion): a feature nested too
    /// deep to read is that feature's problem, not its whole file's.
    fn skip_value(&mut self) -> Result<(), Error> {
        let mut open = Open::default();
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'[') => {
                    self.at += 1;
                    self.skip_space();
                    if self.peek() != Some(b']') {
                        open.push(b']');
                        continue;
                    }
                    self.at += 1;
                }
                Some(b'{') => {
                    self.at += 1;
                    self.skip_space();
                    if self.peek() != Some(b'}') {
                        self.name()?;
                        open.push(b'}');
                        continue;
                    }
                    self.at += 1;
                }
                Some(b'"') => {
                    self.string(false)?;
                }
                Some(b'-' | b'0'..=b'9') => {
                    self.number()?;
                }
                Some(b't') => self.literal("true")?,
                Some(b'f') => self.literal("false")?,
                Some(b'n') => self.literal("null")?,
                _ => return Err(self.fail_or_eof("expected value", "EOF while parsing a value")),
            }
            // After a value: the brackets it closes, then the next value.
            loop {
                let Some(close) = open.last() else {
                    return Ok(());
                };
                self.skip_space();
                if self.peek() == Some(close) {
                    self.at += 1;
                    open.pop();
                    continue;
                }
                self.comma(close)?;
                if close == b'}' {
                    self.name()?;
                }
                break;
            }
        }
    }

    /// Past the comma before another element (`close` ends the array or
    /// object), which must not be the last thing in it.
    fn comma(&mut self, close: u8) -> Result<(), Error> {
        let (what, eof) = match close {
            b']' => ("expected `,` or `]`", "EOF while parsing a list"),
            _ => ("expected `,` or `}`", "EOF while parsing an object"),
        };
        if self.peek() != Some(b',') {
            return Err(self.fail_or_eof(what, eof));
        }
        self.at += 1;
        self.skip_space();
        if self.peek() == Some(close) {
            return Err(self.fail("trailing comma"));
        }
        Ok(())
    }

    /// Past the end of an array or object, once its reader has stopped
    /// (early: an error).
    fn close(&mut self, close: u8) -> Result<(), Error> {
        self.skip_space();
        match self.peek() {
            Some(b) if b == close => {
                self.at += 1;
                self.depth -= 1;
                Ok(())
            }
            Some(b',') => {
                self.at += 1;
                self.skip_space();
                Err(self.fail(if self.peek() == Some(close) {
                    "trailing comma"
                } else {
                    "trailing characters"
                }))
            }
            Some(_) => Err(self.fail("trailing characters")),
            None => Err(self.fail(match close {
                b']' => "EOF while parsing a list",
                _ => "EOF while parsing an object",
            })),
        }
    }

    fn nest(&mut self) -> Result<(), Error> {
        self.depth += 1;
        if self.depth >= MAX_DEPTH {
            return Err(Error {
                fault: JsonFault::TooDeep,
                at: Some(self.at),
            });
        }
        self.at += 1;
        Ok(())
    }
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.token()? {
            Token::Null => visitor.visit_unit(),
            Token::Bool(b) => visitor.visit_bool(b),
            Token::Text(Cow::Borrowed(text)) => visitor.visit_borrowed_str(text),
            Token::Text(Cow::Owned(text)) => visitor.visit_string(text),
            Token::Unsigned(n) => visitor.visit_u64(n),
            Token::Signed(n) => visitor.visit_i64(n),
            Token::Float(n) => visitor.visit_f64(n),
            Token::Array => {
                let value = visitor.visit_seq(Elements {
                    reader: &mut *self,
                    first: true,
                })?;
                self.close(b']')?;
                Ok(value)
            }
            Token::Object => {
                let value = visitor.visit_map(Members {
                    reader: &mut *self,
                    first: true,
                })?;
                self.close(b'}')?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip_space();
        if self.peek() == Some(b'n') {
            self.literal("null")?;
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        if name != RAW {
            return visitor.visit_newtype_struct(self);
        }
        self.skip_space();
        let start = self.at;
        self.skip_value()?;
        visitor.visit_borrowed_str(&self.text[start..self.at])
    }

    /// Only unit variants, as their names: the enums read here have no data.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.skip_space();
        if self.peek() != Some(b'"') {
            return self.deserialize_any(visitor);
        }
        match self.string(true)? {
            Cow::Borrowed(name) => {
                visitor.visit_enum(de::value::BorrowedStrDeserializer::new(name))
            }
            Cow::Owned(name) => visitor.visit_enum(de::value::StringDeserializer::new(name)),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.skip_value()?;
        visitor.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct seq tuple tuple_struct map struct
        identifier
    }
}

struct Elements<'r, 'de> {
    reader: &'r mut Reader<'de>,
    first: bool,
}

impl<'de> de::SeqAccess<'de> for Elements<'_, 'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let reader = &mut *self.reader;
        reader.skip_space();
        if reader.peek() == Some(b']') {
            return Ok(None);
        }
        if !std::mem::replace(&mut self.first, false) {
            reader.comma(b']')?;
        } else if reader.peek().is_none() {
            return Err(reader.fail("EOF while parsing a list"));
        }
        seed.deserialize(reader).map(Some)
    }
}

struct Members<'r, 'de> {
    reader: &'r mut Reader<'de>,
    first: bool,
}

impl<'de> de::MapAccess<'de> for Members<'_, 'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let reader = &mut *self.reader;
        reader.skip_space();
        if reader.peek() == Some(b'}') {
            return Ok(None);
        }
        if !std::mem::replace(&mut self.first, false) {
            reader.comma(b'}')?;
        }
        let name = reader.name()?;
        let key = match name {
            Cow::Borrowed(name) => seed.deserialize(de::value::BorrowedStrDeserializer::new(name)),
            Cow::Owned(name) => seed.deserialize(de::value::StringDeserializer::new(name)),
        };
        key.map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        seed.deserialize(&mut *self.reader)
    }
}
