#include "UnitPanel.h"

#include "CampaignRepository.h"
#include "ConferenceEdits.h"
#include "Dates.h"
#include "DeadlineDialog.h"
#include "InputFields.h"
#include "Schedule.h"
#include "UnitKind.h"
#include "UnitTree.h"
#include "Workspace.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

bool sameRecord(const Conference &a, const Conference &b)
{
    return a.scheduledOn == b.scheduledOn && a.venue == b.venue && a.heldOn == b.heldOn
        && a.chair == b.chair && a.attendees == b.attendees && a.invited == b.invited
        && a.reportReceivedOn == b.reportReceivedOn && a.budgetPlanned == b.budgetPlanned
        && a.budgetSpent == b.budgetSpent && a.assessment == b.assessment && a.note == b.note;
}

} // namespace

UnitPanel::UnitPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_deadline(new QLabel(this))
    , m_status(new QLabel(this))
    , m_ownDeadlineButton(new QPushButton(this))
    , m_pilotButton(new QPushButton(this))
    , m_conferenceBox(new QGroupBox(this))
    , m_form(new QFormLayout)
    , m_scheduled(new DateField(this))
    , m_venue(new QLineEdit(this))
    , m_held(new DateField(this))
    , m_chair(new QLineEdit(this))
    , m_invited(new CountField(this))
    , m_attendees(new CountField(this))
    , m_report(new DateField(this))
    , m_budgetPlanned(new MoneyField(this))
    , m_budgetSpent(new MoneyField(this))
    , m_assessment(new QPlainTextEdit(this))
    , m_note(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_body(new QWidget(this))
    , m_sections(new QVBoxLayout)
{
    setObjectName(u"unitPanel"_s);
    const QList<std::pair<QWidget *, const char *>> names{
        {m_title, "panelTitle"},
        {m_details, "panelDetails"},
        {m_deadline, "panelDeadline"},
        {m_status, "panelStatus"},
        {m_ownDeadlineButton, "ownDeadlineButton"},
        {m_pilotButton, "pilotButton"},
        {m_scheduled, "scheduledField"},
        {m_venue, "venueField"},
        {m_held, "heldField"},
        {m_chair, "chairField"},
        {m_invited, "invitedField"},
        {m_attendees, "attendeesField"},
        {m_report, "reportField"},
        {m_budgetPlanned, "budgetPlannedField"},
        {m_budgetSpent, "budgetSpentField"},
        {m_assessment, "assessmentField"},
        {m_note, "noteField"},
        {m_message, "panelMessage"},
    };
    for (const auto &[widget, name] : names)
        widget->setObjectName(QString::fromLatin1(name));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    for (QLabel *label : {m_title, m_details, m_deadline, m_status, m_message, m_empty})
        label->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette messagePalette = m_message->palette();
    messagePalette.setColor(QPalette::WindowText, QColor(0xA9, 0x32, 0x26));
    m_message->setPalette(messagePalette);
    m_message->hide();
    m_assessment->setTabChangesFocus(true);
    m_assessment->setMinimumHeight(m_assessment->fontMetrics().lineSpacing() * 4);
    m_assessment->setMaximumHeight(m_assessment->fontMetrics().lineSpacing() * 9);
    m_assessment->installEventFilter(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_ownDeadlineButton);
    buttons->addWidget(m_pilotButton);
    buttons->addStretch();

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_scheduled, m_venue, m_held, m_chair, m_invited, m_attendees, m_report,
             m_budgetPlanned, m_budgetSpent, m_assessment, m_note}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }
    auto *boxLayout = new QVBoxLayout(m_conferenceBox);
    boxLayout->addLayout(m_form);
    boxLayout->addWidget(m_message);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_title);
    bodyLayout->addWidget(m_details);
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
    setTabOrder(m_scheduled, m_venue);
    setTabOrder(m_venue, m_held);
    setTabOrder(m_held, m_chair);
    setTabOrder(m_chair, m_invited);
    setTabOrder(m_invited, m_attendees);
    setTabOrder(m_attendees, m_report);
    setTabOrder(m_report, m_budgetPlanned);
    setTabOrder(m_budgetPlanned, m_budgetSpent);
    setTabOrder(m_budgetSpent, m_assessment);
    setTabOrder(m_assessment, m_note);
    for (DateField *field : {m_scheduled, m_held, m_report})
        connect(field, &DateField::editingFinished, this, &UnitPanel::commit);
    for (QLineEdit *field : std::initializer_list<QLineEdit *>{
             m_venue, m_chair, m_invited, m_attendees, m_budgetPlanned, m_budgetSpent, m_note})
        connect(field, &QLineEdit::editingFinished, this, &UnitPanel::commit);

    connect(m_ownDeadlineButton, &QPushButton::clicked, this, [this] {
        DeadlineDialog(m_workspace, m_unitId, DeadlineDialog::Mode::OwnDeadline, this).exec();
    });
    connect(m_pilotButton, &QPushButton::clicked, this, [this] {
        DeadlineDialog(m_workspace, m_unitId, DeadlineDialog::Mode::Pilot, this).exec();
    });
    connect(m_details, &QLabel::linkActivated, this,
            [this](const QString &link) { emit unitActivated(link.toLongLong()); });
    connect(&m_workspace, &Workspace::changed, this, [this](Workspace::Changes changes) {
        if (changes
            & (Workspace::Change::Schedule | Workspace::Change::Steering | Workspace::Change::Units
               | Workspace::Change::Campaigns))
            reload();
    });
    connect(&m_workspace, &Workspace::asOfChanged, this, &UnitPanel::updateStatus);
    // An empty day's calendar opens at the month the window is looking at.
    const auto followAsOf = [this] {
        for (DateField *field : {m_scheduled, m_held, m_report})
            field->setReferenceDate(m_workspace.asOf());
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
        m_scheduled->setFocus(Qt::OtherFocusReason);
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
    if (watched == m_assessment && event->type() == QEvent::FocusOut)
        commit();
    return QWidget::eventFilter(watched, event);
}

void UnitPanel::retranslate()
{
    m_conferenceBox->setTitle(tr("Conference"));
    // Alt+letters that the menus, the toolbar and the pages beside the panel leave free, in
    // each language; a field without one is reached with Tab.
    const QList<std::pair<QWidget *, QString>> labels{
        {m_scheduled, tr("&Planned for:")},
        {m_venue, tr("Ven&ue:")},
        {m_held, tr("Held o&n:")},
        {m_chair, tr("Chaired b&y:")},
        {m_invited, tr("Delegates invited:")},
        {m_attendees, tr("A&ttendees:")},
        {m_report, tr("&Report received on:")},
        {m_budgetPlanned, tr("&Budget planned:")},
        {m_budgetSpent, tr("Budget spent:")},
        {m_assessment, tr("Assess&ment:")},
        {m_note, tr("Note:")},
    };
    for (const auto &[field, text] : labels) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field))) {
            label->setText(text);
            label->setBuddy(field);
        }
    }
    m_assessment->setPlaceholderText(tr("What the report says of the results, the causes of "
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

    if (row < 0) {
        m_conference.reset();
        m_deadline->setText(m_workspace.campaign()
                                ? tr("This unit does not take part in the campaign.")
                                : tr("The file has no campaign yet."));
        for (QWidget *widget : std::initializer_list<QWidget *>{m_status, m_conferenceBox,
                                                                m_ownDeadlineButton, m_pilotButton})
            widget->hide();
        return;
    }
    for (QWidget *widget : std::initializer_list<QWidget *>{m_status, m_conferenceBox,
                                                            m_ownDeadlineButton, m_pilotButton})
        widget->show();

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
    m_conference = conference;
    // A field whose text was refused keeps it until the clerk corrects it.
    const auto keep = [](QWidget *field) {
        return FieldMark::isInvalid(field);
    };
    if (!keep(m_scheduled->lineEdit()))
        m_scheduled->setDate(conference.scheduledOn);
    if (!keep(m_venue))
        m_venue->setText(conference.venue);
    if (!keep(m_held->lineEdit()))
        m_held->setDate(conference.heldOn);
    if (!keep(m_chair))
        m_chair->setText(conference.chair);
    if (!keep(m_invited))
        m_invited->setCount(conference.invited);
    if (!keep(m_attendees))
        m_attendees->setCount(conference.attendees);
    if (!keep(m_report->lineEdit()))
        m_report->setDate(conference.reportReceivedOn);
    if (!keep(m_budgetPlanned))
        m_budgetPlanned->setAmount(conference.budgetPlanned);
    if (!keep(m_budgetSpent))
        m_budgetSpent->setAmount(conference.budgetSpent);
    if (!keep(m_assessment) && m_assessment->toPlainText() != conference.assessment)
        m_assessment->setPlainText(conference.assessment);
    if (!keep(m_note))
        m_note->setText(conference.note);
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
    QStringList errors;
    const auto readDate = [&errors](DateField *field, QDate *date) {
        const auto value = field->date();
        FieldMark::setInvalid(field->lineEdit(), !value.ok());
        if (value)
            *date = *value;
        else
            errors.append(value.error());
    };
    const auto readCount = [&errors](CountField *field, int *count) {
        const auto value = field->count();
        FieldMark::setInvalid(field, !value.ok());
        if (value)
            *count = *value;
        else
            errors.append(value.error());
    };
    const auto readMoney = [&errors](MoneyField *field, qint64 *amount) {
        const auto value = field->amount();
        FieldMark::setInvalid(field, !value.ok());
        if (value)
            *amount = *value;
        else
            errors.append(value.error());
    };
    readDate(m_scheduled, &after.scheduledOn);
    readDate(m_held, &after.heldOn);
    readDate(m_report, &after.reportReceivedOn);
    readCount(m_invited, &after.invited);
    readCount(m_attendees, &after.attendees);
    readMoney(m_budgetPlanned, &after.budgetPlanned);
    readMoney(m_budgetSpent, &after.budgetSpent);
    after.venue = m_venue->text().trimmed();
    after.chair = m_chair->text().trimmed();
    after.note = m_note->text().trimmed();
    after.assessment = m_assessment->toPlainText().trimmed();
    if (!errors.isEmpty()) {
        showMessage(errors.join(u'\n'));
        return;
    }
    // Dates that contradict each other are refused by the same rule as everywhere.
    if (auto valid = after.validate(); !valid) {
        FieldMark::setInvalid(m_report->lineEdit(), true);
        showMessage(valid.error());
        return;
    }
    FieldMark::setInvalid(m_report->lineEdit(), false);
    showMessage(QString());
    if (sameRecord(after, *m_conference))
        return;
    const auto units = m_workspace.units();
    const QString name = units->label(units->indexOf(m_unitId));
    const Conference before = *m_conference;
    m_conference = after;
    if (auto done =
            m_workspace.execute(new EditConferenceCommand(m_workspace, before, after, name));
        !done) {
        m_conference = before;
        showMessage(done.error());
    }
}
