//! A FeatureCollection's features found one at a time, for the layers read
//! after the map is drawn: a 50 MB places file is split in steps between
//! which the page answers, instead of in one scan of the whole text
//! (`FeatureReader::new`, about 100 ms native and several times that in the
//! wasm). serde_json still reads every value, so a syntax error is found and
//! placed as before; only the walk from member to member and element to
//! element is written here.

use std::borrow::Cow;

use serde_json::value::RawValue;

use super::problems::{FileError, FileErrorKind, JsonFault};
use crate::model::rules::without_bom;

pub struct FeatureScan<'a> {
    file: &'a str,
    text: &'a str,
    /// The next byte to read.
    at: usize,
    /// Inside the `features` array (before an element or its end).
    in_features: bool,
    /// No element of the array read yet.
    first: bool,
    /// Whether `type` said `FeatureCollection`, once seen.
    is_collection: Option<bool>,
    has_features: bool,
}

impl<'a> FeatureScan<'a> {
    /// Reads the collection's members up to the start of its `features`.
    pub fn new(file: &'a str, text: &'a str) -> Result<FeatureScan<'a>, FileError> {
        let mut scan = FeatureScan {
            file,
            text: without_bom(text),
            at: 0,
            in_features: false,
            first: true,
            is_collection: None,
            has_features: false,
        };
        scan.skip_space();
        if !scan.eat(b'{') {
            // Not an object: whether it is JSON at all decides the message.
            return Err(match serde_json::from_str::<&RawValue>(scan.text) {
                Err(e) => FileError::from_json(file, &e),
                Ok(_) => scan.not_collection(),
            });
        }
        scan.skip_space();
        if !scan.eat(b'}') {
            scan.members()?;
        }
        if scan.is_collection == Some(false) {
            return Err(scan.not_collection());
        }
        Ok(scan)
    }

    /// The next feature's raw text; `None` after the last.
    pub fn next_feature(&mut self) -> Result<Option<&'a RawValue>, FileError> {
        if !self.in_features {
            return Ok(None);
        }
        self.skip_space();
        if self.eat(b']') {
            self.in_features = false;
            self.after_value()?;
            return Ok(None);
        }
        if !self.first && !self.eat(b',') {
            return Err(self.expected("`,` or `]`"));
        }
        self.first = false;
        self.skip_space();
        self.value().map(Some)
    }

    /// After the last feature: the rest of the text is read, and it must
    /// have been a FeatureCollection with `features`.
    pub fn finish(mut self) -> Result<(), FileError> {
        while self.next_feature()?.is_some() {}
        self.skip_space();
        if self.at < self.text.len() {
            return Err(self.expected("the end of the file"));
        }
        if self.is_collection != Some(true) || !self.has_features {
            return Err(self.not_collection());
        }
        Ok(())
    }

    /// Members until `features` opens its array, or the object ends.
    fn members(&mut self) -> Result<(), FileError> {
        loop {
            self.skip_space();
            let name_at = self.at;
            let key: Cow<'a, str> = serde_json::from_str(self.value()?.get()).map_err(|_| {
                self.at = name_at;
                self.expected("a member's name")
            })?;
            self.skip_space();
            if !self.eat(b':') {
                return Err(self.expected("`:`"));
            }
            self.skip_space();
            match key.as_ref() {
                "features" => {
                    if !self.eat(b'[') {
                        return Err(self.not_collection());
                    }
                    (self.in_features, self.first, self.has_features) = (true, true, true);
                    return Ok(());
                }
                "type" => {
                    let kind = self.value()?;
                    self.is_collection = Some(kind.get() == "\"FeatureCollection\"");
                }
                _ => {
                    self.value()?;
                }
            }
            if !self.next_member()? {
                return Ok(());
            }
        }
    }

    /// After the `features` array: the object's other members.
    fn after_value(&mut self) -> Result<(), FileError> {
        if self.next_member()? {
            self.members()?;
        }
        Ok(())
    }

    /// Past the `,` before another member (true) or the closing `}`.
    fn next_member(&mut self) -> Result<bool, FileError> {
        self.skip_space();
        if self.eat(b',') {
            Ok(true)
        } else if self.eat(b'}') {
            Ok(false)
        } else {
            Err(self.expected("`,` or `}`"))
        }
    }

    /// One JSON value read by serde_json from here (one type only: each
    /// type read by a stream is more code in the wasm).
    fn value(&mut self) -> Result<&'a RawValue, FileError> {
        let rest = &self.text[self.at..];
        let mut values = serde_json::Deserializer::from_str(rest).into_iter::<&RawValue>();
        match values.next() {
            Some(Ok(value)) => {
                self.at += values.byte_offset();
                Ok(value)
            }
            Some(Err(e)) => Err(self.json_error(e.line(), e.column(), JsonFault::of(&e))),
            None => Err(self.expected("a value")),
        }
    }

    fn skip_space(&mut self) {
        let rest = &self.text.as_bytes()[self.at..];
        self.at += rest
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
            .count();
    }

    fn eat(&mut self, byte: u8) -> bool {
        let here = self.text.as_bytes().get(self.at) == Some(&byte);
        self.at += usize::from(here);
        here
    }

    fn not_collection(&self) -> FileError {
        FileError::new(self.file, FileErrorKind::NotFeatureCollection)
    }

    fn expected(&self, what: &str) -> FileError {
        self.json_error(1, 1, JsonFault::Syntax(format!("expected {what}")))
    }

    /// A JSON error at `line` and `column` of the text from `at`, placed in
    /// the whole file (serde_json's own words, without their position).
    fn json_error(&self, line: usize, column: usize, fault: JsonFault) -> FileError {
        let before = &self.text[..self.at];
        let lines_before = before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = match line {
            1 => before[line_start..].chars().count() + column,
            _ => column,
        };
        FileError::new(
            self.file,
            FileErrorKind::Json {
                line: lines_before + line,
                column,
                fault,
            },
        )
    }
}
