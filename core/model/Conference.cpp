#include "Conference.h"

Conference::Stage Conference::stageOn(QDate asOf) const
{
    if (reportReceivedOn.isValid() && reportReceivedOn <= asOf && isHeldOn(asOf))
        return Stage::ReportReceived;
    if (isHeldOn(asOf))
        return Stage::Held;
    if (scheduledOn.isValid())
        return Stage::Scheduled;
    return Stage::NotScheduled;
}

Result<void> Conference::validate() const
{
    if (attendees < -1)
        return Failure{tr("The number of attendees cannot be negative.")};
    if (invited < -1)
        return Failure{tr("The number of delegates invited cannot be negative.")};
    if (budgetPlanned < -1 || budgetSpent < -1)
        return Failure{tr("A budget cannot be negative.")};
    if (reportReceivedOn.isValid() && !heldOn.isValid())
        return Failure{tr("A report cannot be received before the conference is held: enter "
                          "the date it was held first.")};
    if (reportReceivedOn.isValid() && reportReceivedOn < heldOn)
        return Failure{tr("The report was received on %1, before the conference was held on %2. "
                          "Check both dates.")
                           .arg(reportReceivedOn.toString(QStringLiteral("dd/MM/yyyy")),
                                heldOn.toString(QStringLiteral("dd/MM/yyyy")))};
    return {};
}

QString Conference::stageName(Stage stage)
{
    switch (stage) {
    case Stage::NotScheduled:
        return tr("Not scheduled");
    case Stage::Scheduled:
        return tr("Scheduled");
    case Stage::Held:
        return tr("Held");
    case Stage::ReportReceived:
        return tr("Report received");
    }
    return {};
}

const QList<Conference::FieldInfo> &Conference::reportedFields()
{
    static const QList<FieldInfo> fields{
        {Field::ScheduledOn, FieldType::Date, "scheduled"},
        {Field::Venue, FieldType::Text, "venue"},
        {Field::HeldOn, FieldType::Date, "held"},
        {Field::Chair, FieldType::Text, "chair"},
        {Field::Invited, FieldType::Count, "invited"},
        {Field::Attendees, FieldType::Count, "attendees"},
        {Field::ReportReceivedOn, FieldType::Date, "report"},
        {Field::BudgetPlanned, FieldType::Amount, "budget_planned"},
        {Field::BudgetSpent, FieldType::Amount, "budget_spent"},
        {Field::Assessment, FieldType::LongText, "assessment"},
        {Field::Note, FieldType::Text, "note"},
    };
    return fields;
}

Conference::FieldType Conference::typeOf(Field field)
{
    for (const FieldInfo &info : reportedFields()) {
        if (info.field == field)
            return info.type;
    }
    return FieldType::Text;
}

namespace {

// The member that holds a field, for each type of value; nullptr for a field of another type.
QDate Conference::*dateMember(Conference::Field field)
{
    switch (field) {
    case Conference::Field::ScheduledOn:
        return &Conference::scheduledOn;
    case Conference::Field::HeldOn:
        return &Conference::heldOn;
    case Conference::Field::ReportReceivedOn:
        return &Conference::reportReceivedOn;
    default:
        return nullptr;
    }
}

QString Conference::*textMember(Conference::Field field)
{
    switch (field) {
    case Conference::Field::Venue:
        return &Conference::venue;
    case Conference::Field::Chair:
        return &Conference::chair;
    case Conference::Field::Assessment:
        return &Conference::assessment;
    case Conference::Field::Note:
        return &Conference::note;
    default:
        return nullptr;
    }
}

int Conference::*countMember(Conference::Field field)
{
    switch (field) {
    case Conference::Field::Invited:
        return &Conference::invited;
    case Conference::Field::Attendees:
        return &Conference::attendees;
    default:
        return nullptr;
    }
}

qint64 Conference::*amountMember(Conference::Field field)
{
    switch (field) {
    case Conference::Field::BudgetPlanned:
        return &Conference::budgetPlanned;
    case Conference::Field::BudgetSpent:
        return &Conference::budgetSpent;
    default:
        return nullptr;
    }
}

} // namespace

QDate Conference::date(Field field) const
{
    const auto member = dateMember(field);
    return member ? this->*member : QDate();
}

qint64 Conference::number(Field field) const
{
    if (const auto count = countMember(field))
        return this->*count;
    if (const auto amount = amountMember(field))
        return this->*amount;
    return -1;
}

QString Conference::text(Field field) const
{
    const auto member = textMember(field);
    return member ? this->*member : QString();
}

void Conference::setDate(Field field, QDate value)
{
    if (const auto member = dateMember(field))
        this->*member = value;
}

void Conference::setNumber(Field field, qint64 value)
{
    if (const auto count = countMember(field))
        this->*count = int(value);
    else if (const auto amount = amountMember(field))
        this->*amount = value;
}

void Conference::setText(Field field, const QString &value)
{
    if (const auto member = textMember(field))
        this->*member = value;
}

Conference::Fields Conference::differences(const Conference &a, const Conference &b)
{
    Fields fields;
    for (const FieldInfo &info : reportedFields()) {
        bool differs = false;
        switch (info.type) {
        case FieldType::Date:
            differs = a.date(info.field) != b.date(info.field);
            break;
        case FieldType::Count:
        case FieldType::Amount:
            differs = a.number(info.field) != b.number(info.field);
            break;
        case FieldType::Text:
        case FieldType::LongText:
            differs = a.text(info.field) != b.text(info.field);
            break;
        }
        if (differs)
            fields |= info.field;
    }
    return fields;
}

Conference Conference::withFields(const Conference &base, const Conference &values, Fields fields)
{
    Conference result = base;
    for (const FieldInfo &info : reportedFields()) {
        if (!fields.testFlag(info.field))
            continue;
        switch (info.type) {
        case FieldType::Date:
            result.setDate(info.field, values.date(info.field));
            break;
        case FieldType::Count:
        case FieldType::Amount:
            result.setNumber(info.field, values.number(info.field));
            break;
        case FieldType::Text:
        case FieldType::LongText:
            result.setText(info.field, values.text(info.field));
            break;
        }
    }
    return result;
}

bool Conference::hasResults() const
{
    return scheduledOn.isValid() || heldOn.isValid() || reportReceivedOn.isValid() || attendees >= 0
        || invited >= 0 || budgetPlanned >= 0 || budgetSpent >= 0 || !venue.isEmpty()
        || !chair.isEmpty() || !note.isEmpty() || !assessment.isEmpty();
}
