#include "ResultsColumns.h"

#include "Text.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

using Field = ResultsColumns::Field;

struct Words
{
    Field field;
    const char16_t *key;
    /// Headers as offices write them, as Text::searchKey()s, separated by "|".
    const char16_t *headers;
};

// The form's own headers (in both languages) come first for each field; then what offices
// write in tables of their own.
const Words Table[] = {
    {Field::Number, u"number", u"stt|tt|so tt|so thu tu|thu tu|no|no."},
    {Field::Code, u"code",
     u"ma don vi|ma|ma dv|ma so|ma dvhc|ma don vi hanh chinh|ma xa|ma phuong xa|ma px|ma huyen|"
     "ma qh|ma quan huyen|unit code|code"},
    {Field::Unit, u"unit",
     u"don vi|ten don vi|ten|ten xa|ten huyen|dia phuong|xa phuong thi tran|xa phuong|xa|"
     "phuong xa|huyen|quan huyen|huyen thi xa thanh pho|co so|don vi co so|unit|unit name|name"},
    {Field::Level, u"level", u"cap|level|cap don vi"},
    {Field::Deadline, u"deadline",
     u"thoi han|han|thoi han to chuc|han to chuc|thoi han theo huong dan|deadline"},
    {Field::ScheduledOn, u"scheduled",
     u"ngay du kien|du kien|ngay du kien to chuc|thoi gian du kien|du kien to chuc|"
     "ke hoach to chuc|ngay ke hoach|planned for|planned"},
    {Field::Venue, u"venue", u"dia diem|dia diem to chuc|noi to chuc|venue|place"},
    {Field::HeldOn, u"held",
     u"ngay to chuc|ngay to chuc hoi nghi|thoi gian to chuc|ngay hoi nghi|da to chuc|"
     "ngay da to chuc|ngay thuc hien|held on|held|date held"},
    {Field::Chair, u"chair", u"nguoi chu tri|chu tri|chair|chaired by|nguoi chu tri hoi nghi"},
    {Field::Invited, u"invited",
     u"so dai bieu duoc moi|so dai bieu moi|dai bieu moi|dai bieu duoc moi|so moi|moi|"
     "so nguoi duoc moi|delegates invited|invited"},
    {Field::Attendees, u"attendees",
     u"so nguoi du|so dai bieu du|so dai bieu tham du|so nguoi tham du|so luong tham du|"
     "tham du|so luong dai bieu|so dai bieu|dai bieu du|du|attendees|attended"},
    {Field::ReportReceivedOn, u"report",
     u"ngay nhan bao cao|nhan bao cao|ngay bao cao|ngay gui bao cao|bao cao|"
     "report received|report received on|report"},
    {Field::BudgetPlanned, u"budget-planned",
     u"kinh phi du kien|kinh phi du toan|du toan|du toan kinh phi|budget planned"},
    {Field::BudgetSpent, u"budget-spent",
     u"kinh phi da chi|kinh phi thuc chi|thuc chi|da chi|kinh phi|tong kinh phi|budget spent|"
     "budget"},
    {Field::Assessment, u"assessment",
     u"danh gia|nhan xet|danh gia ket qua|nhan xet danh gia|ket qua|assessment"},
    {Field::Note, u"note", u"ghi chu|note|notes|remarks"},
};

// A header as a key: accents, case, bracketed notes ("(đồng)", "(1)"), punctuation and
// extra spaces taken out.
QString headerKey(const QString &header)
{
    static const QRegularExpression brackets(u"\\([^)]*\\)|\\[[^\\]]*\\]"_s);
    static const QRegularExpression punctuation(u"[^\\w\\s.]|_"_s);
    static const QRegularExpression units(u"\\s+(dong|vnd|d)$"_s);
    QString key = Text::searchKey(header);
    key.remove(brackets);
    key.replace(punctuation, u" "_s);
    key = key.simplified();
    if (key.endsWith(u'.') && key != "no."_L1)
        key.chop(1);
    key.remove(units);
    return key.simplified();
}

const QHash<QString, Field> &headerTable()
{
    static const QHash<QString, Field> table = [] {
        QHash<QString, Field> entries;
        for (const Words &words : Table) {
            for (const QString &header : QString::fromUtf16(words.headers).split(u'|')) {
                if (!entries.contains(header))
                    entries.insert(header, words.field);
            }
        }
        return entries;
    }();
    return table;
}

} // namespace

QString ResultsColumns::header(Field field)
{
    switch (field) {
    case Field::Number:
        return tr("No.");
    case Field::Code:
        return tr("Unit code");
    case Field::Unit:
        return tr("Unit");
    case Field::Level:
        return tr("Level");
    case Field::Deadline:
        return tr("Deadline");
    case Field::ScheduledOn:
        return tr("Planned for");
    case Field::Venue:
        return tr("Venue");
    case Field::HeldOn:
        return tr("Held on");
    case Field::Chair:
        return tr("Chaired by");
    case Field::Invited:
        return tr("Delegates invited");
    case Field::Attendees:
        return tr("Attendees");
    case Field::ReportReceivedOn:
        return tr("Report received on");
    case Field::BudgetPlanned:
        return tr("Budget planned (đồng)");
    case Field::BudgetSpent:
        return tr("Budget spent (đồng)");
    case Field::Assessment:
        return tr("Assessment");
    case Field::Note:
        return tr("Note");
    }
    return {};
}

QString ResultsColumns::key(Field field)
{
    for (const Words &words : Table) {
        if (words.field == field)
            return QString::fromUtf16(words.key);
    }
    return {};
}

std::optional<ResultsColumns::Field> ResultsColumns::fromKey(const QString &key)
{
    const QString wanted = key.trimmed().toLower();
    for (const Words &words : Table) {
        if (wanted == QString::fromUtf16(words.key))
            return words.field;
    }
    return std::nullopt;
}

ResultsColumns::Type ResultsColumns::type(Field field)
{
    if (const auto reported = conferenceField(field)) {
        switch (Conference::typeOf(*reported)) {
        case Conference::FieldType::Date:
            return Type::Date;
        case Conference::FieldType::Count:
            return Type::Count;
        case Conference::FieldType::Amount:
            return Type::Money;
        case Conference::FieldType::Text:
        case Conference::FieldType::LongText:
            return Type::Text;
        }
    }
    switch (field) {
    case Field::Deadline:
        return Type::Date;
    case Field::Number:
        return Type::Count;
    default:
        return Type::Text;
    }
}

QList<ResultsColumns::Field> ResultsColumns::all()
{
    QList<Field> fields;
    for (const Words &words : Table)
        fields.append(words.field);
    return fields;
}

QList<ResultsColumns::Field> ResultsColumns::reported()
{
    static const QList<Field> fields = [] {
        QList<Field> inOrder;
        for (const Conference::FieldInfo &info : Conference::reportedFields()) {
            for (const Field field : all()) {
                if (conferenceField(field) == info.field)
                    inOrder.append(field);
            }
        }
        return inOrder;
    }();
    return fields;
}

std::optional<ResultsColumns::Field> ResultsColumns::recognise(const QString &header)
{
    return Recogniser()(header);
}

ResultsColumns::Recogniser::Recogniser()
{
    // The form's headers in the program's current language, whatever it is.
    const QList<Field> fields = all();
    m_formKeys.reserve(fields.size());
    for (const Field field : fields)
        m_formKeys.append({headerKey(ResultsColumns::header(field)), field});
}

std::optional<ResultsColumns::Field>
ResultsColumns::Recogniser::operator()(const QString &header) const
{
    if (const auto known = m_known.constFind(header); known != m_known.cend())
        return *known;
    const std::optional<Field> field = recognised(header);
    m_known.insert(header, field);
    return field;
}

std::optional<ResultsColumns::Field>
ResultsColumns::Recogniser::recognised(const QString &header) const
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return std::nullopt;
    for (const auto &[formKey, field] : m_formKeys) {
        if (formKey == key)
            return field;
    }
    const auto found = headerTable().constFind(key);
    if (found != headerTable().constEnd())
        return found.value();
    // A longer header that holds a known one of two words or more as whole words, for at
    // least half of its words ("Ngày tổ chức hội nghị"; not a title that says "kết quả"
    // among ten other words): the longest such wins.
    std::optional<Field> best;
    qsizetype bestLength = 0;
    const QString padded = u' ' + key + u' ';
    const qsizetype words = key.count(u' ') + 1;
    for (auto it = headerTable().cbegin(); it != headerTable().cend(); ++it) {
        if (!it.key().contains(u' ') || it.key().size() <= bestLength
            || (it.key().count(u' ') + 1) * 2 < words)
            continue;
        if (padded.contains(u' ' + it.key() + u' ')) {
            best = it.value();
            bestLength = it.key().size();
        }
    }
    return best;
}
