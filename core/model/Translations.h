#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

/// The program's two languages. Vietnamese is the default whatever the system's language,
/// since the users are Vietnamese offices; English is chosen in the program or with --lang.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    enum class Language { Vietnamese, English };

    /// Replaces the installed catalogues with those of `language` (embedded under :/i18n/),
    /// and makes dates and numbers follow it. Widgets are told through LanguageChange.
    static void install(Language language);
    static Language current();

    /// "vi" or "en".
    static QString code(Language language);
    /// The language of a code ("vi", "en", "vi_VN", ...); nothing for an unknown code.
    static std::optional<Language> fromCode(const QString &code);
    /// The language's own name: "Tiếng Việt", "English".
    static QString nativeName(Language language);
};
