#pragma once

#include "Conference.h"
#include "Result.h"

#include <QList>
#include <QWidget>

#include <optional>
#include <utility>

class QFormLayout;
class QGroupBox;
class QLabel;
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
    /// Reads what a field's widget holds into `into`; the refusal of text that is not a
    /// day, a number or an amount.
    static Result<void> readField(Conference::Field field, const QWidget *widget, Conference &into);
    /// A field's value as the clerk would type it.
    static QString valueText(Conference::Field field, const Conference &conference);
    /// The field's label, with its shortcut letter.
    static QString fieldLabel(Conference::Field field);
    QWidget *fieldWidget(Conference::Field field) const;

    Workspace &m_workspace;
    qint64 m_unitId = 0;
    bool m_confirmingDay = false; ///< while an unlikely day's question is open
    bool m_refusalShown = false; ///< the message says the office may not change the unit
    std::optional<Conference> m_conference;

    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_lineage; ///< the units it came from and went into, as links
    QLabel *m_deadline;
    QLabel *m_status;
    QPushButton *m_ownDeadlineButton;
    QPushButton *m_pilotButton;
    QGroupBox *m_conferenceBox;
    QFormLayout *m_form;
    /// One widget per field the conference reports (Conference::reportedFields()), in its
    /// order and of its type: DateField, CountField, MoneyField, QLineEdit, QPlainTextEdit.
    QList<std::pair<Conference::Field, QWidget *>> m_fields;
    QLabel *m_message;
    QLabel *m_empty;
    QWidget *m_body;
    QVBoxLayout *m_sections;
};
