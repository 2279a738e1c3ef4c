#pragma once

#include "Conference.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

/// The columns of the reporting form sent down and of the results report: what each
/// conference reported, under the same headers in both, so that a filled form and the
/// report read alike. Also the words offices put in the headers of tables of their own,
/// to recognise their columns when results are read back.
class ResultsColumns
{
    Q_DECLARE_TR_FUNCTIONS(ResultsColumns)

public:
    enum class Field {
        Number, ///< the running number: never read
        Code, ///< the unit's register code
        Unit, ///< the unit's name
        Level, ///< never read: the unit's level is the program's
        Deadline, ///< never read: deadlines are the campaign's
        ScheduledOn,
        Venue,
        HeldOn,
        Chair,
        Invited,
        Attendees,
        ReportReceivedOn,
        BudgetPlanned,
        BudgetSpent,
        Assessment,
        Note,
    };

    /// How a field's values are written.
    enum class Type { Text, Date, Count, Money };

    /// The header of a field's column in the form and the report, in the user's language.
    static QString header(Field field);
    /// The field's name on the command line (--map) and in JSON: "held", "attendees", ...
    static QString key(Field field);
    static std::optional<Field> fromKey(const QString &key);
    static Type type(Field field);

    /// The columns of the form and of the report, in order.
    static QList<Field> all();
    /// The fields a conference reports (Conference::reportedFields(), in its order), which
    /// reading back can change.
    static QList<Field> reported();
    static bool isReported(Field field) { return conferenceField(field).has_value(); }
    /// The conference's field a column holds; nothing for the number, code, unit, level
    /// and deadline.
    static std::optional<Conference::Field> conferenceField(Field field);

    /// The field a table's header names, in Vietnamese or English, with or without accents,
    /// as the form writes it or as offices write their own ("Ngày tổ chức", "Số đại biểu
    /// dự", "Kinh phí (đồng)", "Mã ĐV"); nothing for a header it does not know.
    static std::optional<Field> recognise(const QString &header);

    /// recognise() for many headers: the form's headers in the current language are made
    /// keys once, not for every header (a table's first 20 rows are tried, two by two).
    class Recogniser
    {
    public:
        Recogniser();
        std::optional<Field> operator()(const QString &header) const;

    private:
        std::optional<Field> recognised(const QString &header) const;

        QList<std::pair<QString, Field>> m_formKeys;
        /// What each text was found to be: a table's first rows repeat their texts.
        mutable QHash<QString, std::optional<Field>> m_known;
    };
};

// A switch the compiler can see through: it is asked for every value read back.
inline std::optional<Conference::Field> ResultsColumns::conferenceField(Field field)
{
    switch (field) {
    case Field::ScheduledOn:
        return Conference::Field::ScheduledOn;
    case Field::Venue:
        return Conference::Field::Venue;
    case Field::HeldOn:
        return Conference::Field::HeldOn;
    case Field::Chair:
        return Conference::Field::Chair;
    case Field::Invited:
        return Conference::Field::Invited;
    case Field::Attendees:
        return Conference::Field::Attendees;
    case Field::ReportReceivedOn:
        return Conference::Field::ReportReceivedOn;
    case Field::BudgetPlanned:
        return Conference::Field::BudgetPlanned;
    case Field::BudgetSpent:
        return Conference::Field::BudgetSpent;
    case Field::Assessment:
        return Conference::Field::Assessment;
    case Field::Note:
        return Conference::Field::Note;
    case Field::Number:
    case Field::Code:
    case Field::Unit:
    case Field::Level:
    case Field::Deadline:
        break;
    }
    return std::nullopt;
}
