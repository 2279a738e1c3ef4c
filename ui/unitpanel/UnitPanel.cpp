#include "UnitPanel.h"

#include "CampaignRepository.h"
#include "Dates.h"
#include "DayPlausibility.h"
#include "DeadlineDialog.h"
#include "Dialogs.h"
#include "Edits.h"
#include "FieldUndo.h"
#include "InputFields.h"
#include "Money.h"
#include "Schedule.h"
#include "UnitKind.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using FieldType = Conference::FieldType;

// The widget that enters a field of each type.
QWidget *createField(FieldType type, QWidget *parent)
{
    switch (type) {
    case FieldType::Date:
        return new DateField(parent);
    case FieldType::Count:
        return new CountField(parent);
    case FieldType::Amount:
        return new MoneyField(parent);
    case FieldType::Text:
        return new QLineEdit(parent);
    case FieldType::LongText:
        return new QPlainTextEdit(parent);
    }
    return nullptr;
}

// "budget_planned" → "budgetPlannedField": the name tests find it by.
QString fieldObjectName(const char *key)
{
    QString name;
    bool upper = false;
    for (const char ch : QByteArrayView(key)) {
        if (ch == '_') {
            upper = true;
            continue;
        }
        name.append(upper ? QChar::fromLatin1(ch).toUpper() : QChar::fromLatin1(ch));
        upper = false;
    }
    return name + u"Field"_s;
}

// The widget that is marked when what it holds is refused.
QWidget *markedWidget(QWidget *field)
{
    if (auto *date = qobject_cast<DateField *>(field))
        return date->lineEdit();
    return field;
}

// The units a unit came from and went into, as links: "Formed on 01/07/2025 from Thị
// trấn Minh Lương (30880, whole), Xã Mong Thọ A (30883, whole)".
QString lineageText(const UnitTree &units, qint64 unitId)
{
    const auto linkTo = [&units](qint64 id, const UnitLink &link) {
        const int index = units.indexOf(id);
        if (index < 0)
            return QString();
        const Unit &other = units.at(index);
        const QString details = other.code.isEmpty()
            ? UnitLink::displayName(link.kind)
            : UnitPanel::tr("%1, %2").arg(other.code, UnitLink::displayName(link.kind));
        return u"<a href=\"%1\">%2</a> (%3)"_s.arg(id).arg(units.label(index).toHtmlEscaped(),
                                                           details.toHtmlEscaped());
    };
    const auto describe = [&](const QList<UnitLink> &links, bool before) {
        // Links of one day together; almost always one day, 01/07/2025.
        QMap<QDate, QStringList> byDay;
        for (const UnitLink &link : links)
            byDay[link.on].append(linkTo(before ? link.predecessorId : link.successorId, link));
        QStringList lines;
        for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
            const QString names = it->join(u", "_s);
            lines.append(
                before ? UnitPanel::tr("Formed on %1 from %2").arg(Dates::text(it.key()), names)
                       : UnitPanel::tr("On %1 went into %2").arg(Dates::text(it.key()), names));
        }
        return lines;
    };
    const QStringList lines = describe(units.lineage().predecessors(unitId), true)
        + describe(units.lineage().successors(unitId), false);
    return lines.join(u"<br>"_s);
}

} // namespace

UnitPanel::UnitPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_lineage(new QLabel(this))
    , m_deadline(new QLabel(this))
    , m_status(new QLabel(this))
    , m_ownDeadlineButton(new QPushButton(this))
    , m_pilotButton(new QPushButton(this))
    , m_conferenceBox(new QGroupBox(this))
    , m_form(new QFormLayout)
    , m_message(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_body(new QWidget(this))
    , m_sections(new QVBoxLayout)
{
    setObjectName(u"unitPanel"_s);
    const QList<std::pair<QWidget *, const char *>> names{
        {m_title, "panelTitle"},        {m_details, "panelDetails"},
        {m_lineage, "panelLineage"},    {m_deadline, "panelDeadline"},
        {m_status, "panelStatus"},      {m_ownDeadlineButton, "ownDeadlineButton"},
        {m_pilotButton, "pilotButton"}, {m_message, "panelMessage"},
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));
    // The conference's form: a field of the right kind for each field it reports.
    for (const Conference::FieldInfo &info : Conference::reportedFields()) {
        QWidget *field = createField(info.type, this);
        field->setObjectName(fieldObjectName(info.key));
        m_fields.append({info.field, field});
    }

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_details, m_lineage, m_deadline, m_status, m_message, m_empty})
        label->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, QColor(0xA9, 0x32, 0x26));
    m_message->setPalette(messagePalette);
    m_message->hide();
    for (const auto &[field, widget] : std::as_const(m_fields)) {
        if (auto *text = qobject_cast<QPlainTextEdit *>(widget)) {
            text->setTabChangesFocus(true);
            text->setMinimumHeight(text->fontMetrics().lineSpacing() * 4);
            text->setMaximumHeight(text->fontMetrics().lineSpacing() * 9);
            text->installEventFilter(this);
        }
    }

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ownDeadlineButton);
    buttons->addWidget(m_pilotButton);
    buttons->addStretch();

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const auto &[field, widget] : std::as_const(m_fields)) {
        auto *label = new QLabel(this);
        label->setBuddy(widget);
        m_form->addRow(label, widget);
    }
    auto *boxLayout = new QVBoxLayout(m_conferenceBox);
    boxLayout->addLayout(m_form);
    boxLayout->addWidget(m_message);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_details);
    bodyLayout->addWidget(m_lineage);
    bodyLayout->addWidget(m_deadline);
    bodyLayout->addLayout(buttons);
    bodyLayout->addWidget(m_status);
    bodyLayout->addWidget(m_conferenceBox);
    bodyLayout->addLayout(m_sections);
    bodyLayout->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);
    m_empty->setAlignment(Qt::AlignCenter);

    // Tab goes down the form in reading order; every field saves when it is left.
    for (int i = 1; i < m_fields.size(); ++i)
        setTabOrder(m_fields.at(i - 1).second, m_fields.at(i).second);
    for (const auto &[field, widget] : std::as_const(m_fields)) {
        if (auto *date = qobject_cast<DateField *>(widget))
            connect(date, &DateField::editingFinished, this, &UnitPanel::commit);
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            connect(line, &QLineEdit::editingFinished, this, &UnitPanel::commit);
        // A text of several lines saves when it loses the focus (eventFilter()).
    }
    // Ctrl+Z in a field takes back its unsaved typing first, then the window's last edits.
    auto *fieldUndo = new FieldUndo(this);
    for (const auto &[field, widget] : std::as_const(m_fields)) {
        if (auto *date = qobject_cast<DateField *>(widget))
            fieldUndo->addField(date);
        else if (auto *line = qobject_cast<QLineEdit *>(widget))
            fieldUndo->addField(line);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
            fieldUndo->addField(text);
    }

    connect(m_ownDeadlineButton, &QPushButton::clicked, this, [this] {
        DeadlineDialog(m_workspace, m_unitId, DeadlineDialog::Mode::OwnDeadline, this).exec();
    });
    connect(m_pilotButton, &QPushButton::clicked, this, [this] {
        DeadlineDialog(m_workspace, m_unitId, DeadlineDialog::Mode::Pilot, this).exec();
    });
    for (QLabel *label : {m_details, m_lineage}) {
        connect(label, &QLabel::linkActivated, this,
                [this](const QString &link) { emit unitActivated(link.toLongLong()); });
    }
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes
            & (Workspace::Change::Schedule | Workspace::Change::Steering | Workspace::Change::Units
               | Workspace::Change::Campaigns))
            reload();
    });
    connect(&m_workspace, &Workspace::asOfChanged, this, &UnitPanel::updateStatus);
    // An empty day's calendar opens at the month the window is looking at.
    const auto followAsOf = [this] {
        for (const auto &[field, widget] : std::as_const(m_fields)) {
            if (Conference::typeOf(field) == FieldType::Date)
                static_cast<DateField *>(widget)->setReferenceDate(m_workspace.asOf());
        }
    };
    connect(&m_workspace, &Workspace::asOfChanged, this, followAsOf);
    followAsOf();
    connect(&m_workspace, &Workspace::opened, this, [this] { setUnit(0); });

    retranslate();
    reload();
}

UnitPanel::~UnitPanel()
{
    // ~QWidget takes the focus from a field being typed in, whose editingFinished would then
    // call commit() on this panel, already half destroyed: cut those first. (The window
    // saves such a field before it closes.)
    for (const QObject *field : findChildren<QObject *>())
        disconnect(field, nullptr, this, nullptr);
}

void UnitPanel::focusConference()
{
    if (m_conferenceBox->isVisible())
        m_fields.constFirst().second->setFocus(Qt::OtherFocusReason);
}

void UnitPanel::addSection(QWidget *section)
{
    m_sections->addWidget(section);
}

void UnitPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QWidget::changeEvent(event);
}

bool UnitPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && qobject_cast<QPlainTextEdit *>(watched))
        commit();
    return QWidget::eventFilter(watched, event);
}

void UnitPanel::retranslate()
{
    m_conferenceBox->setTitle(tr("Conference"));
    // Alt+letters that the menus, the toolbar and the pages beside the panel leave free, in
    // each language (fieldLabel()); a field without one is reached with Tab.
    for (const auto &[field, widget] : std::as_const(m_fields)) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(widget))) {
            label->setText(fieldLabel(field));
            label->setBuddy(widget);
        }
    }
    if (auto *assessment =
            qobject_cast<QPlainTextEdit *>(fieldWidget(Conference::Field::Assessment)))
        assessment->setPlaceholderText(tr("What the report says of the results, the causes of "
                                          "shortcomings and the directions for the next phase"));
    m_ownDeadlineButton->setText(tr("O&wn deadline…"));
    m_ownDeadlineButton->setToolTip(
        tr("Set a deadline tighter than the one above, for this unit or the units below it"));
    m_pilotButton->setText(tr("P&ilot…"));
    m_pilotButton->setToolTip(
        tr("Mark this unit as the pilot of its level, with its own deadline"));
    m_empty->setText(tr("Choose a unit in the tree or the schedule to see and enter its "
                        "conference."));
}

QString UnitPanel::fieldLabel(Conference::Field field)
{
    switch (field) {
    case Conference::Field::ScheduledOn:
        return tr("&Planned for:");
    case Conference::Field::Venue:
        return tr("Ven&ue:");
    case Conference::Field::HeldOn:
        return tr("Held o&n:");
    case Conference::Field::Chair:
        return tr("Chaired b&y:");
    case Conference::Field::Invited:
        return tr("Delegates invited:");
    case Conference::Field::Attendees:
        return tr("A&ttendees:");
    case Conference::Field::ReportReceivedOn:
        return tr("&Report received on:");
    case Conference::Field::BudgetPlanned:
        return tr("&Budget planned:");
    case Conference::Field::BudgetSpent:
        return tr("Budget spent:");
    case Conference::Field::Assessment:
        return tr("Assess&ment:");
    case Conference::Field::Note:
        return tr("Note:");
    }
    return {};
}

QWidget *UnitPanel::fieldWidget(Conference::Field field) const
{
    for (const auto &[shown, widget] : m_fields) {
        if (shown == field)
            return widget;
    }
    return nullptr;
}

void UnitPanel::setUnit(qint64 unitId)
{
    if (unitId == m_unitId)
        return;
    m_unitId = unitId;
    m_message->hide();
    for (QWidget *field : m_conferenceBox->findChildren<QWidget *>())
        FieldMark::setInvalid(field, false);
    reload();
    emit unitChanged(unitId);
}

void UnitPanel::reload()
{
    const auto schedule = m_workspace.schedule();
    const int row = schedule && m_unitId ? schedule->rowOfUnit(m_unitId) : -1;
    const auto units = m_workspace.units();
    const int unitIndex = units->indexOf(m_unitId);
    m_empty->setVisible(unitIndex < 0);
    m_body->setVisible(unitIndex >= 0);
    if (unitIndex < 0) {
        m_conference.reset();
        return;
    }
    const Unit &unit = units->at(unitIndex);
    m_title->setText(units->label(unitIndex));
    QStringList details;
    if (!unit.code.isEmpty())
        details.append(tr("code %1").arg(unit.code));
    details.append(UnitKind::displayName(unit.kind));
    details.append(m_workspace.level(unit.level).displayName());
    if (const int parent = units->parentIndex(unitIndex); parent >= 0) {
        details.append(tr("under <a href=\"%1\">%2</a>")
                           .arg(units->at(parent).id)
                           .arg(units->at(parent).name.toHtmlEscaped()));
    }
    if (unit.isRetired())
        details.append(tr("in force until %1").arg(Dates::text(unit.validTo)));
    m_details->setText(details.join(u" · "_s));
    const QString lineage = lineageText(*units, unit.id);
    m_lineage->setText(lineage);
    m_lineage->setVisible(!lineage.isEmpty());

    if (row < 0) {
        m_conference.reset();
        m_deadline->setText(m_workspace.campaign()
                                ? tr("This unit does not take part in the campaign.")
                                : tr("There is no campaign yet."));
        for (QWidget *widget : std::initializer_list<QWidget *>{m_status, m_conferenceBox,
                                                                m_ownDeadlineButton, m_pilotButton})
            widget->hide();
        return;
    }
    for (QWidget *widget : std::initializer_list<QWidget *>{m_status, m_conferenceBox,
                                                            m_ownDeadlineButton, m_pilotButton})
        widget->show();
    // On a shared server, what this office may not change is shown greyed, with the reason.
    const QString refused = m_workspace.refusalToChange(m_unitId);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_conferenceBox, m_ownDeadlineButton, m_pilotButton})
        widget->setEnabled(refused.isEmpty());
    if (!refused.isEmpty())
        showMessage(refused);
    else if (m_refusalShown)
        showMessage(QString());
    m_refusalShown = !refused.isEmpty();

    const ScheduleRow &scheduleRow = schedule->rows().at(row);
    const auto nameOf = [&units](qint64 id) {
        const int index = units->indexOf(id);
        return index >= 0 ? units->at(index).name : QString();
    };
    if (scheduleRow.deadline.isValid()) {
        m_deadline->setText(
            tr("Deadline: <b>%1</b> (“%2”), %3")
                .arg(Dates::text(scheduleRow.deadline.last()),
                     scheduleRow.deadline.period.text().toHtmlEscaped(),
                     DeadlineRules::describeSource(scheduleRow.deadline, nameOf).toHtmlEscaped()));
    } else {
        m_deadline->setText(tr("No deadline is set for this level."));
    }
    // The pilot's own deadline is in the deadline line above; the button stays short.
    m_pilotButton->setText(scheduleRow.pilot ? tr("P&ilot ✓…") : tr("P&ilot…"));

    const Conference &conference = scheduleRow.conference;
    // What the fields showed before: a field the clerk is typing in keeps the clerk's text,
    // also when the same conference was changed meanwhile (by another office, on a shared
    // server); if that field itself was changed, the clerk is told, and the text replaces
    // the other office's only when the clerk leaves the field.
    const std::optional<Conference> shown =
        m_conference && m_conference->unitId == conference.unitId ? m_conference : std::nullopt;
    const QWidget *focus = QApplication::focusWidget();
    m_conference = conference;
    for (const auto &[field, widget] : std::as_const(m_fields)) {
        // A field whose text was refused keeps it until the clerk corrects it.
        if (FieldMark::isInvalid(markedWidget(widget)))
            continue;
        if (shown && focus && (widget == focus || widget->isAncestorOf(focus))) {
            Conference typed = *shown;
            if (readField(field, widget, typed)
                && Conference::differences(typed, *shown).testFlag(field)) {
                if (Conference::differences(conference, *shown).testFlag(field)) {
                    showMessage(tr("“%1” was changed meanwhile, elsewhere, to “%2”. Your text "
                                   "is kept and replaces it when you leave the field; to keep "
                                   "the other, type it again.")
                                    .arg(fieldLabel(field).remove(u'&').remove(u':'),
                                         valueText(field, conference)));
                }
                continue;
            }
        }
        switch (Conference::typeOf(field)) {
        case FieldType::Date:
            static_cast<DateField *>(widget)->setDate(conference.date(field));
            break;
        case FieldType::Count:
            static_cast<CountField *>(widget)->setCount(int(conference.number(field)));
            break;
        case FieldType::Amount:
            static_cast<MoneyField *>(widget)->setAmount(conference.number(field));
            break;
        case FieldType::Text:
            static_cast<QLineEdit *>(widget)->setText(conference.text(field));
            break;
        case FieldType::LongText:
            if (auto *text = static_cast<QPlainTextEdit *>(widget);
                text->toPlainText() != conference.text(field))
                text->setPlainText(conference.text(field));
            break;
        }
    }
    updateStatus();
}

void UnitPanel::updateStatus()
{
    const auto schedule = m_workspace.schedule();
    const int row = schedule && m_unitId ? schedule->rowOfUnit(m_unitId) : -1;
    if (row < 0)
        return;
    const ScheduleRow &scheduleRow = schedule->rows().at(row);
    QString text =
        tr("As of %1: %2, %3")
            .arg(Dates::text(schedule->asOf()), Conference::stageName(scheduleRow.stage).toLower(),
                 Schedule::timelinessText(scheduleRow));
    if (scheduleRow.children > 0)
        text += u"; "_s
            + tr("%1 of the %2 units below have held theirs")
                  .arg(scheduleRow.childrenHeld)
                  .arg(scheduleRow.children);
    if (scheduleRow.orderWarning)
        text += u"; "_s + tr("held before the units below it");
    m_status->setText(text);
}

Result<void> UnitPanel::readField(Conference::Field field, const QWidget *widget, Conference &into)
{
    switch (Conference::typeOf(field)) {
    case FieldType::Date: {
        const auto date = static_cast<const DateField *>(widget)->date();
        if (!date)
            return Failure{date.error()};
        into.setDate(field, *date);
        return {};
    }
    case FieldType::Count: {
        const auto count = static_cast<const CountField *>(widget)->count();
        if (!count)
            return Failure{count.error()};
        into.setNumber(field, *count);
        return {};
    }
    case FieldType::Amount: {
        const auto amount = static_cast<const MoneyField *>(widget)->amount();
        if (!amount)
            return Failure{amount.error()};
        into.setNumber(field, *amount);
        return {};
    }
    case FieldType::Text:
        into.setText(field, static_cast<const QLineEdit *>(widget)->text().trimmed());
        return {};
    case FieldType::LongText:
        into.setText(field, static_cast<const QPlainTextEdit *>(widget)->toPlainText().trimmed());
        return {};
    }
    return {};
}

QString UnitPanel::valueText(Conference::Field field, const Conference &conference)
{
    switch (Conference::typeOf(field)) {
    case FieldType::Date:
        return Dates::text(conference.date(field));
    case FieldType::Count:
        return conference.number(field) < 0 ? QString() : QString::number(conference.number(field));
    case FieldType::Amount:
        return conference.number(field) < 0 ? QString() : Money::format(conference.number(field));
    case FieldType::Text:
    case FieldType::LongText:
        break;
    }
    return conference.text(field);
}

void UnitPanel::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void UnitPanel::commit()
{
    if (!m_conference)
        return;
    Conference after = *m_conference;
    // What cannot be read is listed days first, then numbers of people, then amounts.
    QStringList errors[3];
    for (const auto &[field, widget] : std::as_const(m_fields)) {
        const FieldType type = Conference::typeOf(field);
        const Result<void> read = readField(field, widget, after);
        if (type == FieldType::Date || type == FieldType::Count || type == FieldType::Amount)
            FieldMark::setInvalid(markedWidget(widget), !read.ok());
        if (!read) {
            errors[type == FieldType::Date        ? 0
                       : type == FieldType::Count ? 1
                                                  : 2]
                .append(read.error());
        }
    }
    if (const QStringList all = errors[0] + errors[1] + errors[2]; !all.isEmpty()) {
        showMessage(all.join(u'\n'));
        return;
    }
    // Dates that contradict each other are refused by the same rule as everywhere.
    QWidget *report = markedWidget(fieldWidget(Conference::Field::ReportReceivedOn));
    if (auto valid = after.validate(); !valid) {
        FieldMark::setInvalid(report, true);
        showMessage(valid.error());
        return;
    }
    FieldMark::setInvalid(report, false);
    // A day before the campaign began, or long after its deadlines, is most often a typing
    // mistake (2002 for 2020): saved only once the clerk confirms it. Declined, the field
    // goes back to what is saved, and the message keeps the day to type again. (The question
    // takes the focus from the field, which would commit again: not while it is asked.)
    if (m_confirmingDay)
        return;
    QString notice;
    if (const Campaign *campaign = m_workspace.campaign()) {
        const auto doubts = DayPlausibility::doubts(*campaign, *m_conference, after);
        if (!doubts.isEmpty()) {
            m_confirmingDay = true;
            const bool confirmed =
                MessageBox::question(this, tr("Save an unlikely day?"),
                                     DayPlausibility::text(doubts) + u"\n\n"_s
                                         + tr("Save it all the same?"),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                == QMessageBox::Yes;
            m_confirmingDay = false;
            if (!confirmed) {
                for (const DayPlausibility::Doubt &doubt : doubts) {
                    const Conference::Field field = doubt.field == DayPlausibility::Field::Scheduled
                        ? Conference::Field::ScheduledOn
                        : doubt.field == DayPlausibility::Field::Held
                        ? Conference::Field::HeldOn
                        : Conference::Field::ReportReceivedOn;
                    after.setDate(field, m_conference->date(field));
                    static_cast<DateField *>(fieldWidget(field))->setDate(after.date(field));
                }
                notice = DayPlausibility::text(doubts) + u' '
                    + tr("It was not saved: type the day again.");
            }
        }
    }
    showMessage(notice);
    if (!Conference::differences(after, *m_conference))
        return;
    const auto units = m_workspace.units();
    const QString name = units->label(units->indexOf(m_unitId));
    const Conference before = *m_conference;
    m_conference = after;
    if (auto done = m_workspace.edits().recordConference(before, after, name); !done) {
        m_conference = before;
        showMessage(done.error());
    }
}
