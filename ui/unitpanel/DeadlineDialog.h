#pragma once

#include "Period.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class Workspace;

/// Sets a unit's own deadline (for its level or a level below it) or its pilot deadline, the
/// way a directive writes it. The phrase is read as it is typed; a looser deadline than the
/// one above is refused here, with the same words as on the command line.
class DeadlineDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { OwnDeadline, Pilot };

    DeadlineDialog(Workspace &workspace, qint64 unitId, Mode mode, QWidget *parent = nullptr);

private:
    void levelChanged();
    void preview();
    void save();
    void remove();
    std::optional<Period> current() const;

    Workspace &m_workspace;
    qint64 m_unitId;
    Mode m_mode;
    QComboBox *m_level = nullptr;
    QLineEdit *m_phrase;
    QLabel *m_preview;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_removeButton;
};
