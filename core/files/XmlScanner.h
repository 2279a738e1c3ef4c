#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstring>

/// A pull reader for the large parts of a workbook (its sheets and its shared strings),
/// which hold nothing but elements, attributes and text: it reads their UTF-8 bytes where
/// they lie and makes a string only of what is asked for. On the national results table
/// QXmlStreamReader's general machinery was most of the time a sheet took to read
/// (docs/performance.md, "Results read back"); the small parts are still read with it.
///
/// What a damaged part breaks is caught: a tag that is not closed or that closes another,
/// an attribute without quotes, an unknown entity, text or a second element outside the
/// document's element, a part cut short. What only a wrong writer would make is let through,
/// where QXmlStreamReader refuses it: bytes that are not UTF-8 (read as U+FFFD), a repeated
/// attribute (the first counts), a name that XML does not allow, "]]>" in text, "--" in a
/// comment, a control character. A document type with declarations of its own (an internal
/// subset) is refused. Namespaces are not resolved: a name's prefix is dropped, as
/// spreadsheet programs use one namespace per part. A part in UTF-16, or in an encoding its
/// declaration names, is made UTF-8 first.
class XmlScanner
{
public:
    enum class Token { NotStarted, StartElement, EndElement, Characters, EndDocument, Invalid };

    explicit XmlScanner(const QByteArray &data);

    /// Moves to the next token and returns it. `<a/>` gives a start and an end.
    Token next();
    Token token() const { return m_token; }
    bool atEnd() const { return m_token == Token::EndDocument || m_token == Token::Invalid; }
    bool hasError() const { return m_token == Token::Invalid; }
    /// How many elements are open: on a start, its own included; on an end, its own not.
    int depth() const { return int(m_open.size()); }

    /// The current element's name without its prefix.
    QByteArrayView name() const { return m_name; }
    /// Whether the current element's name without its prefix is `literal`.
    template<std::size_t N>
    bool isNamed(const char (&literal)[N]) const
    {
        return is(m_name, literal);
    }

    /// Whether `bytes` are those of `literal`. A sheet compares names for each of its tags
    /// and attributes: this is done in line, where QByteArrayView's operator== first
    /// measures the literal and then calls out to compare.
    template<std::size_t N>
    static bool is(QByteArrayView bytes, const char (&literal)[N])
    {
        static_assert(N > 1, "compare with isEmpty()");
        return bytes.size() == qsizetype(N - 1) && std::memcmp(bytes.data(), literal, N - 1) == 0;
    }
    /// Whether `a` and `b` hold the same bytes, compared in line as is() does.
    static bool same(QByteArrayView a, QByteArrayView b)
    {
        return a.size() == b.size()
            && (a.isEmpty() || std::memcmp(a.data(), b.data(), std::size_t(a.size())) == 0);
    }
    /// An attribute of the current start element (by its name without prefix), its
    /// entities replaced, in UTF-8; empty when it has none. It may point into the part: it
    /// is valid while the scanner is.
    QByteArray attribute(QByteArrayView name) const;
    /// The text of a Characters token, in UTF-8, as attribute() returns it.
    QByteArray characters() const;
    /// On a start element: the text of everything inside it, its children's included, in
    /// UTF-8 (as attribute() returns it), with the scanner left on its end.
    QByteArray readElementText();
    /// On a start element: moves to its end.
    void skipCurrentElement();

    /// UTF-8 from the scanner as a string. QString::fromUtf8() would drop a leading U+FEFF,
    /// which in a part's text is a character like any other.
    static QString toString(QByteArrayView utf8);

private:
    Token fail();
    Token readTag();
    // Moves past the next `closing`; false when there is none.
    bool skipPast(QByteArrayView closing);
    // The bytes of `raw` with entities replaced (and, in an attribute, white space made
    // spaces); false for an entity that is not one.
    static bool unescape(QByteArrayView raw, bool attribute, QByteArray *out);

    QByteArray m_data;
    qsizetype m_pos = 0;
    Token m_token = Token::NotStarted;
    QByteArrayView m_name;
    QList<QByteArrayView> m_open; ///< the names of the open elements, prefixes kept
    bool m_rootSeen = false;
    bool m_closeEmpty = false; ///< the start just given was `<a/>`: its end comes next
    struct Attribute
    {
        QByteArrayView name; ///< without prefix
        QByteArrayView value; ///< as written
    };
    QList<Attribute> m_attributes; ///< the current start element's, as its tag was read
    qsizetype m_textBegin = 0;
    qsizetype m_textEnd = 0;
    bool m_cdata = false;
};
