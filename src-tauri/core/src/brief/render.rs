//! The brief as plain text (an e-mail, a chat message) and as HTML (the intranet, a rich
//! e-mail): the same words, the HTML escaped and self-contained (no style sheet, no link).

use super::{Brief, Part};
use crate::mission::Language;

fn is_prose(part: Part) -> bool {
    matches!(part, Part::Why | Part::HowLong)
}

pub(super) fn source(brief: &Brief) -> String {
    match brief.language {
        Language::Fr => format!(
            "D’après la version {} de la charte de mission ({}), approuvée le {}.",
            brief.version, brief.document_id, brief.approved_on
        ),
        Language::En => format!(
            "From version {} of the mission charter ({}), approved on {}.",
            brief.version, brief.document_id, brief.approved_on
        ),
    }
}

/// The brief as plain text, lists with dashes.
pub fn text(brief: &Brief) -> String {
    let mut out = format!("{}\n\n{}\n", brief.title, brief.opening);
    for section in &brief.sections {
        out += &format!("\n{}\n", section.heading.to_uppercase());
        for line in &section.lines {
            if is_prose(section.part) {
                out += &format!("{line}\n");
            } else {
                out += &format!("- {line}\n");
            }
        }
    }
    out += &format!(
        "\n{}\n\n{}\n\n{}\n",
        brief.closing,
        brief.signed,
        source(brief)
    );
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The brief as an HTML fragment's full page, every text escaped.
pub fn html(brief: &Brief) -> String {
    let lang = match brief.language {
        Language::Fr => "fr",
        Language::En => "en",
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n<body>\n<h1>{}</h1>\n<p>{}</p>\n",
        escape(&brief.title),
        escape(&brief.title),
        escape(&brief.opening)
    );
    for section in &brief.sections {
        out += &format!("<h2>{}</h2>\n", escape(&section.heading));
        if is_prose(section.part) {
            for line in &section.lines {
                out += &format!("<p>{}</p>\n", escape(line));
            }
        } else {
            out += "<ul>\n";
            for line in &section.lines {
                out += &format!("<li>{}</li>\n", escape(line));
            }
            out += "</ul>\n";
        }
    }
    out += &format!(
        "<p>{}</p>\n<p><strong>{}</strong></p>\n<p><small>{}</small></p>\n</body>\n</html>\n",
        escape(&brief.closing),
        escape(&brief.signed),
        escape(&source(brief))
    );
    out
}
