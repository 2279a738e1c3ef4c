#pragma once

#include "Result.h"

#include <QDate>
#include <QLineEdit>
#include <QWidget>

class QCalendarWidget;
class QToolButton;

/// Marks a field whose text was refused, and clears the mark.
namespace FieldMark {
void setInvalid(QWidget *field, bool invalid);
bool isInvalid(const QWidget *field);
} // namespace FieldMark

/// A day typed as dd/mm/yyyy (or picked from a calendar), or left empty.
class DateField : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);

    /// The day typed, an invalid QDate when empty, or the refusal of unreadable text.
    Result<QDate> date() const;
    void setDate(QDate date);
    QLineEdit *lineEdit() const { return m_edit; }

signals:
    /// The user left the field, pressed Enter, or picked a day in the calendar.
    void editingFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_edit;
    QToolButton *m_calendarButton;
    QCalendarWidget *m_calendar;
};

/// A number of people: a whole number, 0 or more, or empty for "not known".
class CountField : public QLineEdit
{
    Q_OBJECT

public:
    explicit CountField(QWidget *parent = nullptr);
    /// -1 when empty; refused with a message when not a whole number of 0 or more.
    Result<int> count() const;
    void setCount(int count);
};

/// An amount in đồng, shown as 1.500.000, or empty for "not known".
class MoneyField : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyField(QWidget *parent = nullptr);
    /// -1 when empty; refused with a message when not a whole amount.
    Result<qint64> amount() const;
    void setAmount(qint64 amount);

protected:
    void changeEvent(QEvent *event) override;
};
