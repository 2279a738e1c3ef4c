#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QVariant>

class Database;

/// A setting of the office, kept in the database file so that the window and the command
/// line agree: its key and its default, declared once.
template<typename T>
struct OfficeSetting
{
    const char *key;
    T defaultValue;
};

/// The office's settings stored in the danvan file.
class OfficeSettings
{
public:
    /// A deadline this many days away or nearer counts as due soon.
    static constexpr OfficeSetting<int> DueSoonDays{"due_soon_days", 7};

    // The heading and signature of printed documents (Hướng dẫn 36-HD/VPTW). Bodies,
    // symbols, places and names are the office's, never the program's.
    /// The superior body, top left in capitals: "TỈNH ỦY KIÊN GIANG".
    static constexpr OfficeSetting<const char *> SuperiorBody{"doc_superior_body", ""};
    /// The issuing body under it, in bold capitals: "BAN DÂN VẬN".
    static constexpr OfficeSetting<const char *> IssuingBody{"doc_issuing_body", ""};
    /// The type and body of the number line, after the number: "TB/BDVTU".
    static constexpr OfficeSetting<const char *> DocumentSymbol{"doc_symbol", ""};
    /// The place before the date: "Kiên Giang".
    static constexpr OfficeSetting<const char *> Place{"doc_place", ""};
    /// Above the signer's title: "T/M BAN THƯỜNG VỤ", "K/T TRƯỞNG BAN", or empty.
    static constexpr OfficeSetting<const char *> SignerCapacity{"doc_signer_capacity", ""};
    /// The signer's title: "PHÓ TRƯỞNG BAN".
    static constexpr OfficeSetting<const char *> SignerTitle{"doc_signer_title", ""};
    /// The signer's name, printed in bold.
    static constexpr OfficeSetting<const char *> SignerName{"doc_signer_name", ""};
    /// "Nơi nhận:" lines, one per line.
    static constexpr OfficeSetting<const char *> Recipients{"doc_recipients", ""};
    /// Page margins in millimetres (top, bottom, left, right).
    static constexpr OfficeSetting<int> MarginTop{"doc_margin_top", 20};
    static constexpr OfficeSetting<int> MarginBottom{"doc_margin_bottom", 20};
    static constexpr OfficeSetting<int> MarginLeft{"doc_margin_left", 30};
    static constexpr OfficeSetting<int> MarginRight{"doc_margin_right", 15};
    /// The CSV separator: "," (Vietnamese Windows) or ";".
    static constexpr OfficeSetting<const char *> CsvDelimiter{"csv_delimiter", ","};
    /// "dmy" (dd/MM/yyyy) or "iso" (yyyy-MM-dd).
    static constexpr OfficeSetting<const char *> CsvDates{"csv_dates", "dmy"};

    /// The text settings of printed documents, for code that sets them by key (the example).
    static QList<OfficeSetting<const char *>> documentSettings()
    {
        return {SuperiorBody,   IssuingBody, DocumentSymbol, Place,
                SignerCapacity, SignerTitle, SignerName,     Recipients};
    }

    /// Reads every setting stored in the file, in one go. Fails when the file cannot be
    /// read, rather than giving defaults in place of the clerk's settings.
    static Result<OfficeSettings> read(Database &database);

    /// A setting as read(): its stored value, or its default when it is not stored.
    template<typename T>
    T value(const OfficeSetting<T> &setting) const
    {
        const auto stored = m_stored.constFind(QString::fromLatin1(setting.key));
        return stored != m_stored.constEnd() ? QVariant(*stored).value<T>() : setting.defaultValue;
    }
    /// A text setting.
    QString value(const OfficeSetting<const char *> &setting) const
    {
        const auto stored = m_stored.constFind(QString::fromLatin1(setting.key));
        return stored != m_stored.constEnd() ? *stored : QString::fromUtf8(setting.defaultValue);
    }
    /// The stored values of settings by key, as text; a key not stored is absent.
    QHash<QString, QString> texts(const QStringList &keys) const;

    /// Stores a setting, in one transaction.
    static Result<void> setValue(Database &database, const OfficeSetting<const char *> &setting,
                                 const QString &value)
    {
        return write(database, setting.key, value);
    }
    template<typename T>
    static Result<void> setValue(Database &database, const OfficeSetting<T> &setting,
                                 const T &value)
    {
        return write(database, setting.key, QVariant::fromValue(value));
    }
    /// Stores several settings in one transaction; an absent or empty value removes the
    /// setting, so that its default applies again.
    static Result<void> setTexts(Database &database, const QStringList &keys,
                                 const QHash<QString, QString> &values);

private:
    OfficeSettings() = default;
    static Result<void> write(Database &database, const char *key, const QVariant &value);

    QHash<QString, QString> m_stored;
};
