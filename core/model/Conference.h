#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>

/// The summary conference of one unit in one campaign, and what it reported.
struct Conference
{
    Q_DECLARE_TR_FUNCTIONS(Conference)

public:
    /// How far a conference has come. Each stage counts only from its date: as of a day
    /// before the held date, a conference is not yet held.
    enum class Stage { NotScheduled, Scheduled, Held, ReportReceived };

    /// A field the conference reports: what the clerk enters, field by field.
    enum class Field {
        ScheduledOn = 0x1,
        Venue = 0x2,
        HeldOn = 0x4,
        Chair = 0x8,
        Invited = 0x10,
        Attendees = 0x20,
        ReportReceivedOn = 0x40,
        BudgetPlanned = 0x80,
        BudgetSpent = 0x100,
        Assessment = 0x200,
        Note = 0x400,
    };
    Q_DECLARE_FLAGS(Fields, Field)
    /// What a reported field holds.
    enum class FieldType {
        Date, ///< a day; invalid when not known
        Count, ///< a number of people, 0 or more; -1 when not known
        Amount, ///< money in đồng, 0 or more; -1 when not known
        Text, ///< a line of text
        LongText, ///< text of several lines (the assessment)
    };
    struct FieldInfo
    {
        Field field;
        FieldType type;
        const char *key; ///< its name in code and on the command line: "scheduled", "venue"
    };
    /// Every field a conference reports, in the order of a report form: planned day and
    /// venue, day held, chair, delegates invited and attendees, report received, budget
    /// planned and spent, assessment, note.
    static const QList<FieldInfo> &reportedFields();
    static FieldType typeOf(Field field);

    qint64 id = 0;
    qint64 campaignId = 0;
    qint64 unitId = 0;
    /// The nearest unit above that takes part in the campaign; 0 for the top.
    qint64 parentUnitId = 0;
    QString level;

    QDate scheduledOn;
    QString venue;
    QDate heldOn;
    QString chair;
    int attendees = -1; ///< -1 when not known
    int invited = -1; ///< delegates invited; -1 when not known
    QString assessment; ///< the assessment written into the report
    QDate reportReceivedOn;
    qint64 budgetPlanned = -1; ///< VND; -1 when not known
    qint64 budgetSpent = -1; ///< VND; -1 when not known
    QString note;

    /// A field's value by its type: a date field, a count or amount field (-1 when not
    /// known), a text field. Asking a field for a value of another type gives nothing.
    QDate date(Field field) const;
    qint64 number(Field field) const;
    QString text(Field field) const;
    void setDate(Field field, QDate value);
    void setNumber(Field field, qint64 value);
    void setText(Field field, const QString &value);

    Stage stageOn(QDate asOf) const;
    /// True when anything the conference reported is entered (a day, a count, an amount or
    /// a text).
    bool hasResults() const;
    bool isHeldOn(QDate asOf) const { return heldOn.isValid() && heldOn <= asOf; }

    /// Refuses what cannot be: a report received before the conference was held or without
    /// it, negative numbers of people or money. (Held before the planned day is fine.)
    Result<void> validate() const;

    /// The reported fields whose values differ between `a` and `b`.
    static Fields differences(const Conference &a, const Conference &b);
    /// `base` with `fields` set as in `values`, the others as they are in `base`.
    static Conference withFields(const Conference &base, const Conference &values, Fields fields);

    /// The stage in the user's language.
    static QString stageName(Stage stage);
};
// Lists of conferences grow by moving their bytes, not each string.
Q_DECLARE_TYPEINFO(Conference, Q_RELOCATABLE_TYPE);

Q_DECLARE_OPERATORS_FOR_FLAGS(Conference::Fields)
