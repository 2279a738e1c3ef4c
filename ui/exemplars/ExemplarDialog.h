#pragma once

#include "Exemplar.h"

#include <QDialog>

#include <optional>

class CountField;
class MoneyField;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class UnitComboBox;
class Workspace;

/// Adds a model or exemplar to the campaign's register, or changes one: its name, whether it
/// is a collective's model or a person, the unit it belongs to, its field, the unit whose
/// conference commended it (by default the unit it belongs to), a description, and the money
/// and workdays it mobilised. What cannot be saved is refused in place, and the dialog stays
/// open with the message.
class ExemplarDialog : public QDialog
{
    Q_OBJECT

public:
    /// `exemplar` is the one to edit, or, with id 0, the presets of a new one (its unit).
    ExemplarDialog(Workspace &workspace, const Exemplar &exemplar, QWidget *parent = nullptr);

    /// The exemplar's id once saved.
    qint64 exemplarId() const { return m_exemplar.id; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// The exemplar as the fields say; the fields that cannot be read are marked and the
    /// message says why, or both are cleared.
    std::optional<Exemplar> read();
    /// Reads again while a refusal shows, so that it goes once the fields are corrected.
    void recheck();
    void save();
    void showMessage(const QString &message);

    Workspace &m_workspace;
    Exemplar m_exemplar;
    bool m_adding;
    // The commending unit follows the unit it belongs to until the clerk picks another.
    bool m_recognisedFollowsUnit;

    QLabel *m_intro;
    QLineEdit *m_name;
    QComboBox *m_kind;
    UnitComboBox *m_unit;
    QComboBox *m_field;
    UnitComboBox *m_recognisedBy;
    QPlainTextEdit *m_description;
    MoneyField *m_money;
    CountField *m_workdays;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QList<std::pair<QWidget *, QLabel *>> m_labels;
};
