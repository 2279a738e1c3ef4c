#pragma once

#include <QDialog>

#include <memory>

class ExemplarRegister;
class QDialogButtonBox;
class QLabel;
class UnitComboBox;
class Workspace;

/// Puts a model or exemplar forward from a unit to the unit above it, one level at a time.
/// The unit that holds it now is proposed; a unit that may not put it forward is refused
/// with the reason, and the dialog stays open.
class PutForwardDialog : public QDialog
{
    Q_OBJECT

public:
    PutForwardDialog(Workspace &workspace, std::shared_ptr<const ExemplarRegister> exemplars,
                     qint64 exemplarId, QWidget *parent = nullptr);

private:
    void updateTarget();
    void save();

    Workspace &m_workspace;
    std::shared_ptr<const ExemplarRegister> m_register;
    qint64 m_exemplarId;
    UnitComboBox *m_from;
    QLabel *m_target;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
};
