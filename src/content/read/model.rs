//! One reader per type of the content model, each the hand-written twin of its derived
//! `Deserialize`: the same JSON names, the same optional and default fields, the same errors.

use super::error::Error;
use super::json_value::JsonValue;
use super::shapes::{array, boolean, object, optional, string, tagged, Field, Shape};
use crate::content::model::{
    Action, Block, ContentSet, Faq, FaqItem, ListItem, PhrasePair, Phrases, Related, RelatedLink,
    RichText, Section, Subsection, Summary,
};
use std::rc::Rc;

// Each reader starts from a value with every field empty and fills in what the JSON gives:
// `object` has already failed when a required field is missing. Its `read` callback gets only
// the names in the shape.

/// Reads a content set (the whole JSON value) as its derived `Deserialize` reads it, with the
/// same errors; the value still has to pass `validate`.
pub fn content_set<V: JsonValue>(value: V) -> Result<ContentSet, Error> {
    const SHAPE: Shape = Shape {
        name: "ContentSet",
        fields: &[
            Field::optional("$schema"),
            Field::required("lang"),
            Field::required("title"),
            Field::optional("summary"),
            Field::optional("faq"),
            Field::optional("phrases"),
            Field::optional("sections"),
            Field::optional("related"),
        ],
    };
    let mut set = ContentSet::default();
    object(value, &SHAPE, &mut |field, value| {
        match field {
            "$schema" => set.schema = optional(value, string)?,
            "lang" => set.lang = string(value)?,
            "title" => set.title = string(value)?,
            "summary" => set.summary = optional(value, summary)?,
            "faq" => set.faq = optional(value, faq)?,
            "phrases" => set.phrases = optional(value, phrases)?,
            "sections" => set.sections = array(value, section)?,
            _ => set.related = optional(value, related)?,
        }
        Ok(())
    })?;
    Ok(set)
}

fn summary<V: JsonValue>(value: V) -> Result<Summary, Error> {
    const SHAPE: Shape = Shape {
        name: "Summary",
        fields: &[Field::required("label"), Field::required("text")],
    };
    let mut summary = Summary {
        label: String::new(),
        text: RichText::default(),
    };
    object(value, &SHAPE, &mut |field, value| {
        match field {
            "label" => summary.label = string(value)?,
            _ => summary.text = rich_text(value)?,
        }
        Ok(())
    })?;
    Ok(summary)
}

fn faq<V: JsonValue>(value: V) -> Result<Faq, Error> {
    const SHAPE: Shape = Shape {
        name: "Faq",
        fields: &[Field::required("title"), Field::required("items")],
    };
    let mut faq = Faq {
        title: String::new(),
        items: Vec::new(),
    };
    object(value, &SHAPE, &mut |field, value| {
        match field {
            "title" => faq.title = string(value)?,
            _ => faq.items = array(value, faq_item)?,
        }
        Ok(())
    })?;
    Ok(faq)
}

fn faq_item<V: JsonValue>(value: V) -> Result<Rc<FaqItem>, Error> {
    const SHAPE: Shape = Shape {
        name: "FaqItem",
        fields: &[
            Field::required("id"),
            Field::required("question"),
            Field::required("answer"),
        ],
    };
    let mut item = FaqItem {
        id: String::new(),
        question: String::new(),
        answer: Vec::new(),
    };
    object(value, &SHAPE, &mut |field, value| {
        match field {
            "id" => item.id = string(value)?,
            "question" => item.question = string(value)?,
            _ => item.answer = array(value, rich_text)?,
        }
        Ok(())
    })?;
    Ok(Rc::new(item))
}

fn phrases<V: JsonValue>(value: V) -> Result<Phrases, Error> {
    const SHAPE: Shape = Shape {
        name: "Phrases",
        fields: &[
            Field::required("title"),
            Field::optional("intro"),
            Field::required("pairs"),
            Field::optional("outro"),
        ],
    };
    let mut phrases = Phrases {
        title: String::new(),
        intro: Vec::new(),
        pairs: Vec::new(),
        outro: Vec::new(),
    };
    object(value, &SHAPE, &mut |field, value| {
        match field {
            "title" => phrases.title = string(value)?,
            "intro" => phrases.intro = array(value, rich_text)?,
            "pairs" => phrases.pairs = array(value, phrase_pair)?,
            _ => phrases.outro = array(value, rich_text)?,
        }
        Ok(())
    })?;
    Ok(phrases)
}

fn phrase_pair<V: JsonValue>(value: V) -> Result<PhrasePair, Error> {
    const SHAPE: Shape = Shape {
        name: "PhrasePair",
        fields: &[Field::required("instead"), Field::required("try")],
    };
    let mut pair = PhrasePair {
        instead: String::new(),
        try_: String::new(),
    };
    object(value, &SHAPE, &mut |field, value| {
        match field {
            "instead" => pair.instead = string(value)?,
            _ => pair.try_ = string(value)?,
        }
        Ok(())
    })?;
    Ok(pair)
}

fn section<V: JsonValue>(value: V) -> Result<Section, Error> {
    const SHAPE: Shape = Shape {
        name: "Section",
        fields: &[
            Field::required("id"),
            Field::required("title"),
            Field::required("blocks"),
            Field::optional("checklist"),
            Field::optional("action"),
        ],
    };
    let mut section = Section {
        id: String::new(),
        title: String::new(),
        blocks: Vec::new(),
        checklist: false,
        action: None,
    };
    object(value, &SHAPE, &mut |field, value| {
        match field {
            "id" => section.id = string(value)?,
            "title" => section.title = string(value)?,
            "blocks" => section.blocks = array(value, block)?,
            "checklist" => section.checklist = boolean(value)?,
            _ => section.action = optional(value, action)?,
        }
        Ok(())
    })?;
    Ok(section)
}

fn action<V: JsonValue>(value: V) -> Result<Action, Error> {
    const SHAPE: Shape = Shape {
        name: "Action",
        fields: &[Field::required("label"), Field::optional("url")],
    };
    let mut action = Action {
        label: String::new(),
        url: None,
    };
    object(value, &SHAPE, &mut |field, value| {
        match field {
            "label" => action.label = string(value)?,
            _ => action.url = optional(value, string)?,
        }
        Ok(())
    })?;
    Ok(action)
}

fn block<V: JsonValue>(value: V) -> Result<Block, Error> {
    tagged(
        value,
        &["paragraph", "list", "subsection"],
        |variant, value| match variant {
            "paragraph" => rich_text(value).map(Block::Paragraph),
            "list" => array(value, list_item).map(Block::List),
            _ => subsection(value).map(Block::Subsection),
        },
    )
}

fn list_item<V: JsonValue>(value: V) -> Result<ListItem, Error> {
    const SHAPE: Shape = Shape {
        name: "ListItem",
        fields: &[Field::optional("term"), Field::required("text")],
    };
    let mut item = ListItem {
        term: None,
        text: RichText::default(),
    };
    object(value, &SHAPE, &mut |field, value| {
        match field {
            "term" => item.term = optional(value, string)?,
            _ => item.text = rich_text(value)?,
        }
        Ok(())
    })?;
    Ok(item)
}

fn subsection<V: JsonValue>(value: V) -> Result<Subsection, Error> {
    const SHAPE: Shape = Shape {
        name: "Subsection",
        fields: &[Field::required("title"), Field::required("paragraphs")],
    };
    let mut subsection = Subsection {
        title: String::new(),
        paragraphs: Vec::new(),
    };
    object(value, &SHAPE, &mut |field, value| {
        match field {
            "title" => subsection.title = string(value)?,
            _ => subsection.paragraphs = array(value, rich_text)?,
        }
        Ok(())
    })?;
    Ok(subsection)
}

fn related<V: JsonValue>(value: V) -> Result<Related, Error> {
    const SHAPE: Shape = Shape {
        name: "Related",
        fields: &[Field::required("title"), Field::required("links")],
    };
    let mut related = Related {
        title: String::new(),
        links: Vec::new(),
    };
    object(value, &SHAPE, &mut |field, value| {
        match field {
            "title" => related.title = string(value)?,
            _ => related.links = array(value, related_link)?,
        }
        Ok(())
    })?;
    Ok(related)
}

fn related_link<V: JsonValue>(value: V) -> Result<RelatedLink, Error> {
    const SHAPE: Shape = Shape {
        name: "RelatedLink",
        fields: &[Field::required("title"), Field::optional("url")],
    };
    let mut link = RelatedLink {
        title: String::new(),
        url: None,
    };
    object(value, &SHAPE, &mut |field, value| {
        match field {
            "title" => link.title = string(value)?,
            _ => link.url = optional(value, string)?,
        }
        Ok(())
    })?;
    Ok(link)
}

/// Rich text: a string in the Markdown subset; an unsafe link fails at the field's path.
fn rich_text<V: JsonValue>(value: V) -> Result<RichText, Error> {
    let source = string(value)?;
    RichText::parse(&source).map_err(|e| Error::new(e.to_string()))
}
