//! A FeatureCollection's features found one at a time, for the layers read
//! after the map is drawn: a 50 MB places file is split in steps between
//! which the page answers, instead of in one scan of the whole text
//! (`FeatureReader::new`, about 100 ms native and several times that in the
//! wasm). `json` still reads every value, so a syntax error is found and
//! placed as before; only the walk from member to member and element to
//! element is written here.

use std::borrow::Cow;

use super::problems::{FileError, FileErrorKind};
use crate::json::{self, Raw};
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
            return Err(match json::from_str::<Raw>(scan.text) {
                Err(e) => FileError::from_json(file, scan.text, &e),
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
    pub fn next_feature(&mut self) -> Result<Option<Raw<'a>>, FileError> {
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
            let key: Cow<'a, str> = json::from_str(self.value()?.get()).map_err(|_| {
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

    /// One JSON value read from here.
    fn value(&mut self) -> Result<Raw<'a>, FileError> {
        let (value, end) = json::raw_at(self.text, self.at)
            .map_err(|e| FileError::from_json(self.file, self.text, &e))?;
        self.at = end;
        Ok(value)
    }

    fn skip_space(&mut self) {
        self.at = json::after_space(self.text, self.at);
    }

    fn eat(&mut self, byte: u8) -> bool {
        let here = self.text.as_bytes().get(self.at) == Some(&byte);
        self.at += usize::from(here);
        here
    }

    fn not_collection(&self) -> FileError {
        FileError::new(self.file, FileErrorKind::NotFeatureCollection)
    }

    /// A syntax error at the next character.
    fn expected(&self, what: &str) -> FileError {
        let error = json::Error::syntax(format!("expected {what}"), self.text, self.at);
        FileError::from_json(self.file, self.text, &error)
    }
}
