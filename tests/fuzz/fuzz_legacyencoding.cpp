// libFuzzer target: any bytes through the old Vietnamese encodings: a text file's detection
// and decoding, each encoding forced, VNI decoding both ways, and the look-alike characters
// of spreadsheets turned back, which must all end in NFC text or a refusal.
#include "FuzzSupport.h"
#include "LegacyEncoding.h"
#include "VniCodec.h"
#include "Windows1252.h"

#include <cstddef>
#include <cstdint>

namespace {

bool isNfc(const QString &text)
{
    return text == text.normalized(QString::NormalizationForm_C);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    FuzzSupport::initApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using Encoding = LegacyEncoding::Encoding;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const auto detected = LegacyEncoding::decodeFile(bytes, std::nullopt, QStringLiteral("f.csv"));
    if (detected) {
        FuzzSupport::check(isNfc(detected->text), "a decoded file is NFC");
        FuzzSupport::check(!detected->encodingName.isEmpty(), "the encoding is named");
        FuzzSupport::check(!detected->text.startsWith(QChar(0xFEFF)), "no byte-order mark left");
    } else {
        FuzzSupport::check(!detected.error().isEmpty(), "a refusal says why");
    }
    for (const Encoding encoding : LegacyEncoding::all()) {
        const auto forced = LegacyEncoding::decodeFile(bytes, encoding, QStringLiteral("f.csv"));
        if (forced)
            FuzzSupport::check(isNfc(forced->text), "a forced decoding is NFC");
        if (encoding != Encoding::Unicode)
            FuzzSupport::check(isNfc(LegacyEncoding::decode(bytes, encoding)), "decode is NFC");
    }

    // VNI both ways: what VNI writes reads back as written.
    const QString vni = VniCodec::decode(bytes);
    FuzzSupport::check(isNfc(vni), "VNI decoding is NFC");
    const QByteArray again = VniCodec::encode(vni);
    if (!again.contains('?'))
        FuzzSupport::check(VniCodec::decode(again) == vni, "VNI text encodes and decodes back");

    // The same bytes as a spreadsheet keeps them for a TCVN3 or VNI font.
    QString lookAlikes;
    for (const char byte : bytes)
        lookAlikes.append(Windows1252::toUnicode(uchar(byte)));
    for (const Encoding encoding : {Encoding::Tcvn3, Encoding::Vni}) {
        for (const bool capitals : {false, true}) {
            const auto text = LegacyEncoding::fromLookAlikes(lookAlikes, encoding, capitals);
            FuzzSupport::check(text.has_value(), "Windows-1252 characters always turn back");
        }
    }
    const Encoding guessed = LegacyEncoding::guessLookAlikes({lookAlikes});
    FuzzSupport::check(guessed == Encoding::Unicode || guessed == Encoding::Tcvn3
                           || guessed == Encoding::Vni,
                       "a look-alike guess is Unicode, TCVN3 or VNI");
    return 0;
}
