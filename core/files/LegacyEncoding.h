#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

/// The encodings in which Vietnamese offices' files still come, besides Unicode:
/// Windows-1258 (Vietnamese Windows' code page, with combining tone marks), TCVN3 (ABC: the
/// ".VnTime" fonts; ".VnTimeH" and the other "H" fonts show its lower-case codes as
/// capitals) and VNI-Windows (the "VNI-Times" fonts).
///
/// Text files come as bytes in one of them. Spreadsheets keep the text of a TCVN3 or VNI
/// font as Windows-1252 look-alike characters ("D©n vËn khÐo" for "Dân vận khéo"), which
/// fromLookAlikes() turns back. Which one a text is in is told by the cell's font first, and
/// otherwise guessed from the text: the reading in which more words are Vietnamese
/// syllables wins, Unicode on a tie.
class LegacyEncoding
{
    Q_DECLARE_TR_FUNCTIONS(LegacyEncoding)

public:
    enum class Encoding { Unicode, Windows1258, Tcvn3, Vni };

    /// "unicode", "windows-1258", "tcvn3", "vni": as the command line writes them.
    static QString key(Encoding encoding);
    static std::optional<Encoding> fromKey(const QString &key);
    /// "TCVN3 (ABC)", "VNI Windows", ... for the user.
    static QString displayName(Encoding encoding);
    static QList<Encoding> all()
    {
        return {Encoding::Unicode, Encoding::Windows1258, Encoding::Tcvn3, Encoding::Vni};
    }

    /// What a font's text is typed in.
    struct FontEncoding
    {
        Encoding encoding = Encoding::Unicode;
        bool capitals =
            false; ///< a TCVN3 capitals font (".VnTimeH"): lower-case codes show as capitals
    };
    /// TCVN3 for the ".Vn" fonts, VNI for the "VNI-" fonts, Unicode for any other.
    static FontEncoding ofFont(const QString &fontName);

    /// Bytes in a single-byte encoding as NFC text (Unicode: UTF-8).
    static QString decode(const QByteArray &bytes, Encoding encoding);

    /// The text a TCVN3 or VNI font showed, from the Windows-1252 look-alike characters a
    /// spreadsheet keeps, in capitals for a capitals font; nothing when the text holds a
    /// character that no such font could have put there (it is Unicode already).
    static std::optional<QString> fromLookAlikes(const QString &text, Encoding encoding,
                                                 bool capitals = false);

    /// A text file's bytes as text, with the name of the encoding that was used.
    struct DecodedText
    {
        QString text; ///< NFC, without a byte-order mark
        QString encodingName; ///< "UTF-8", "UTF-8 (BOM)", "UTF-16 LE", "TCVN3 (ABC)", ...
        Encoding encoding = Encoding::Unicode;
    };
    /// Decodes a text file: a byte-order mark, UTF-16 without one, UTF-8, or else the most
    /// plausible of the legacy encodings; `forced` decides instead (Unicode: UTF-8 or UTF-16
    /// only). A NUL byte in 8-bit text, or text that is not what was forced, is refused.
    static Result<DecodedText> decodeFile(const QByteArray &bytes, std::optional<Encoding> forced,
                                          const QString &fileName);

    /// The legacy encoding that bytes that are not UTF-8 were most plausibly written in.
    static Encoding guessBytes(const QByteArray &bytes);
    /// For texts read from a spreadsheet as they are: TCVN3 or VNI when turning their
    /// look-alikes back makes them read as Vietnamese better, else Unicode.
    static Encoding guessLookAlikes(const QStringList &texts);

    /// How much a text reads as Vietnamese: each word that holds a letter outside ASCII
    /// counts 1 when it is a Vietnamese syllable and -2 when it cannot be one.
    static int plausibility(const QString &text);
};
