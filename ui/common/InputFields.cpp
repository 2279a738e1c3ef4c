#include "InputFields.h"

#include "Dates.h"
#include "Money.h"

#include <QCalendarWidget>
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
{
    m_edit->setPlaceholderText(tr("dd/mm/yyyy"));
    m_edit->setMaxLength(10);
    m_calendarButton->setText(u"…"_s);
    m_calendarButton->setToolTip(tr("Pick the day in a calendar"));
    m_calendarButton->setFocusPolicy(Qt::NoFocus);
    m_calendarButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_calendarButton);
    auto *calendar = new QCalendarWidget(menu);
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
    // Takes the focus for the field, so that a label's Alt+letter reaches it.
    setFocusPolicy(m_edit->focusPolicy());
    connect(m_edit, &QLineEdit::editingFinished, this, &DateField::editingFinished);
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

Result<qint64> MoneyField::amount() const
{
    return Money::parse(text());
}

void MoneyField::setAmount(qint64 amount)
{
    setText(Money::format(amount));
}
