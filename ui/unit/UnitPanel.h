#pragma once

#include "Conference.h"

#include <QWidget>

#include <optional>

class CountField;
class DateField;
class MoneyField;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;
class Workspace;

/// Everything about one unit in the chosen campaign, beside the schedule: its deadline and
/// where that deadline comes from, its own deadline and pilot mark, and its conference,
/// entered field by field. Every field is saved when the clerk leaves it, as one edit that
/// can be undone; a value that cannot be is refused in place with a message.
class UnitPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UnitPanel(Workspace &workspace, QWidget *parent = nullptr);
    ~UnitPanel() override;

    void setUnit(qint64 unitId);
    qint64 unitId() const { return m_unitId; }
    /// Puts the keyboard in the conference's first field.
    void focusConference();
    /// Adds a section below the conference (models and exemplars, rewards, ...).
    void addSection(QWidget *section);

signals:
    /// The clerk asked to go to another unit (the parent).
    void unitActivated(qint64 unitId);
    /// The panel now shows another unit (its sections follow).
    void unitChanged(qint64 unitId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void reload();
    void updateStatus();
    void commit();
    void showMessage(const QString &message);

    Workspace &m_workspace;
    qint64 m_unitId = 0;
    bool m_confirmingDay = false; ///< while an unlikely day's question is open
    std::optional<Conference> m_conference;

    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_deadline;
    QLabel *m_status;
    QPushButton *m_ownDeadlineButton;
    QPushButton *m_pilotButton;
    QGroupBox *m_conferenceBox;
    QFormLayout *m_form;
    DateField *m_scheduled;
    QLineEdit *m_venue;
    DateField *m_held;
    QLineEdit *m_chair;
    CountField *m_invited;
    CountField *m_attendees;
    DateField *m_report;
    MoneyField *m_budgetPlanned;
    MoneyField *m_budgetSpent;
    QPlainTextEdit *m_assessment;
    QLineEdit *m_note;
    QLabel *m_message;
    QLabel *m_empty;
    QWidget *m_body;
    QVBoxLayout *m_sections;
};
