#include "Translations.h"

#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

Translations::Language currentLanguage = Translations::Language::Vietnamese;
std::vector<std::unique_ptr<QTranslator>> installed;

} // namespace

void Translations::install(Language language)
{
    for (const auto &translator : installed)
        QCoreApplication::removeTranslator(translator.get());
    installed.clear();

    const QString suffix = code(language);
    const QStringList catalogues{u"danvan_"_s + suffix, u"qt_"_s + suffix};
    for (const QString &catalogue : catalogues) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(catalogue, u":/i18n"_s)) {
            QCoreApplication::installTranslator(translator.get());
            installed.push_back(std::move(translator));
        }
    }
    currentLanguage = language;
    QLocale::setDefault(language == Language::Vietnamese
                            ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
}

Translations::Language Translations::current()
{
    return currentLanguage;
}

QString Translations::code(Language language)
{
    return language == Language::English ? u"en"_s : u"vi"_s;
}

std::optional<Translations::Language> Translations::fromCode(const QString &code)
{
    const QString lower = code.toLower();
    if (lower == "vi"_L1 || lower.startsWith("vi_"_L1) || lower.startsWith("vi-"_L1))
        return Language::Vietnamese;
    if (lower == "en"_L1 || lower.startsWith("en_"_L1) || lower.startsWith("en-"_L1))
        return Language::English;
    return std::nullopt;
}

QString Translations::nativeName(Language language)
{
    return language == Language::English ? u"English"_s : u"Tiếng Việt"_s;
}
