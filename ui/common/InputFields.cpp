#include "InputFields.h"

#include "Dates.h"
#include "Money.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QMenu>
#include <QStyle>
#include <QToolButton>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace FieldMark {

void setInvalid(QWidget *field, bool invalid)
{
    if (isInvalid(field) == invalid)
        return;
    field->setProperty("danvanInvalid", invalid);
    // A red frame, in every style and palette, for a text that was refused.
    field->setStyleSheet(invalid ? u"QLineEdit, QPlainTextEdit { border: 2px solid #c0392b; }"_s
                                 : QString());
}

bool isInvalid(const QWidget *field)
{
    return field->property("danvanInvalid").toBool();
}

} // namespace FieldMark

DateField::DateField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_calendarButton(new QToolButton(this))
    , m_calendar(nullptr)
{
    m_edit->setMaxLength(10);
    m_calendarButton->setText(u"…"_s);
    m_calendarButton->setFocusPolicy(Qt::NoFocus);
    m_calendarButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_calendarButton);
    auto *calendar = new QCalendarWidget(menu);
    m_calendar = calendar;
    calendar->setGridVisible(true);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    m_calendarButton->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, calendar, [this, calendar] {
        const auto current = date();
        calendar->setSelectedDate(current && current->isValid() ? *current : QDate::currentDate());
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](QDate picked) {
        menu->close();
        m_edit->setText(Dates::text(picked));
        emit editingFinished();
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_calendarButton);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::editingFinished);
    retranslate();
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DateField::retranslate()
{
    m_edit->setPlaceholderText(tr("dd/mm/yyyy"));
    m_calendarButton->setToolTip(tr("Pick the day in a calendar"));
    // The calendar is a window of its own: the names of months and days follow only if told.
    m_calendar->setLocale(QLocale());
}

Result<QDate> DateField::date() const
{
    return Dates::parse(m_edit->text());
}

void DateField::setDate(QDate date)
{
    m_edit->setText(Dates::text(date));
}

CountField::CountField(QWidget *parent)
    : QLineEdit(parent)
{
    setMaxLength(9);
}

Result<int> CountField::count() const
{
    const QString value = text().trimmed().remove(u'.');
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < 0) {
        return Failure{tr("“%1” is not a number of people; write a whole number, 0 or more.")
                           .arg(text().trimmed())};
    }
    return number;
}

void CountField::setCount(int count)
{
    setText(count >= 0 ? QString::number(count) : QString());
}

MoneyField::MoneyField(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(tr("đồng"));
}

void MoneyField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setPlaceholderText(tr("đồng"));
    QLineEdit::changeEvent(event);
}

Result<qint64> MoneyField::amount() const
{
    return Money::parse(text());
}

void MoneyField::setAmount(qint64 amount)
{
    setText(Money::format(amount));
}
