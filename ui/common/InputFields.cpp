#include "InputFields.h"

#include "Dates.h"
#include "Money.h"

#include <QCalendarWidget>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QScreen>
#include <QStyle>
#include <QToolButton>

#include <algorithm>

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
    , m_calendar(new QCalendarWidget(this))
{
    m_edit->setMaxLength(10);
    m_edit->installEventFilter(this);
    m_calendarButton->setText(u"…"_s);
    // Tab reaches the button after the field, as the mouse does.
    m_calendarButton->setFocusPolicy(Qt::TabFocus);
    // A window of its own, as a menu: a click elsewhere or Escape closes it; the arrows
    // move the day, Enter or a click picks it.
    m_calendar->setWindowFlags(Qt::Popup);
    m_calendar->setGridVisible(true);
    m_calendar->hide();
    connect(m_calendarButton, &QToolButton::clicked, this, &DateField::showCalendar);
    connect(m_calendar, &QCalendarWidget::clicked, this, &DateField::pick);
    connect(m_calendar, &QCalendarWidget::activated, this, &DateField::pick);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_calendarButton);
    setFocusProxy(m_edit);
    // Takes the focus for the field, so that a label's Alt+letter reaches it.
    setFocusPolicy(m_edit->focusPolicy());
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
    m_calendarButton->setAccessibleName(tr("Pick the day in a calendar"));
    // The calendar is a window of its own: the names of months and days follow only if told.
    m_calendar->setLocale(QLocale());
}

void DateField::showCalendar()
{
    const auto current = date();
    const QDate shown = current && current->isValid() ? *current
        : m_referenceDate.isValid()                   ? m_referenceDate
                                                      : QDate::currentDate();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_calendar->adjustSize();
    // Below the field, or above it where the screen ends.
    QPoint position = mapToGlobal(QPoint(0, height()));
    if (const QScreen *where = screen()) {
        const QRect available = where->availableGeometry();
        if (position.y() + m_calendar->height() > available.bottom())
            position.setY(mapToGlobal(QPoint(0, 0)).y() - m_calendar->height());
        position.setX(
            std::clamp(position.x(), available.left(),
                       std::max(available.left(), available.right() - m_calendar->width())));
    }
    m_calendar->move(position);
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

void DateField::pick(QDate day)
{
    m_calendar->hide();
    m_edit->setText(Dates::text(day));
    m_edit->setFocus(Qt::PopupFocusReason);
    emit editingFinished();
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        // The keys that open a date's calendar in other programs.
        if ((key->key() == Qt::Key_Down && modifiers == Qt::AltModifier)
            || (key->key() == Qt::Key_F4 && modifiers == Qt::NoModifier)) {
            showCalendar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
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
