#pragma once

#include "Reward.h"

#include <QDialog>

#include <optional>

class DateField;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class UnitComboBox;
class Workspace;

/// Adds a reward decision or changes one: its form, the unit whose conference gave it, who
/// issued and signed it, its number ("125-QĐ/HU") and date, a note, and its recipients, each
/// a collective or a person with a name, linked to a unit and/or a model or exemplar of the
/// register. Recipients are added from the register, from a unit, or by name. What cannot
/// be saved is refused in place, and the dialog stays open with the message.
class RewardDialog : public QDialog
{
    Q_OBJECT

public:
    /// `reward` is the one to edit, or, with id 0, the presets of a new one (its unit).
    RewardDialog(Workspace &workspace, const Reward &reward, QWidget *parent = nullptr);

    /// The reward's id once saved.
    qint64 rewardId() const { return m_reward.id; }

protected:
    void changeEvent(QEvent *event) override;

private:
    enum RecipientColumn { NameColumn, KindColumn, UnitColumn, ExemplarColumn, ColumnCount };

    void retranslate();
    void appendRecipient(const RewardRecipient &recipient);
    void addFromRegister();
    void addFromUnit();
    void addByName();
    void removeRecipient();
    /// The reward as the fields say; the fields that cannot be read are marked and the
    /// message says why, or both are cleared.
    std::optional<Reward> read();
    /// Reads again while a refusal shows, so that it goes once the fields are corrected.
    void recheck();
    /// A new reward takes the issuer, signer and title of the last one given at the same
    /// conference, where the clerk has not typed others.
    void presetSigner(qint64 unitId);
    void save();
    void showMessage(const QString &message);

    Workspace &m_workspace;
    Reward m_reward;
    bool m_adding;
    QHash<qint64, Exemplar> m_exemplars;
    QList<Reward> m_campaignRewards;
    Reward m_preset;

    QLabel *m_formLabel;
    QComboBox *m_form;
    QLabel *m_unitLabel;
    UnitComboBox *m_unit;
    QLabel *m_issuerLabel;
    QLineEdit *m_issuer;
    QLabel *m_signerLabel;
    QLineEdit *m_signer;
    QLineEdit *m_signerTitle;
    QLabel *m_numberLabel;
    QLineEdit *m_number;
    QLabel *m_dateLabel;
    DateField *m_date;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QLabel *m_recipientsLabel;
    QTableWidget *m_recipients;
    QComboBox *m_exemplarPicker;
    QPushButton *m_addExemplarButton;
    UnitComboBox *m_unitPicker;
    QPushButton *m_addUnitButton;
    QPushButton *m_addNameButton;
    QPushButton *m_removeButton;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
