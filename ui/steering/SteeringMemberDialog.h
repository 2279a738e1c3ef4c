#pragma once

#include "SteeringGroup.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

/// A member of a steering group: name, title and phone. The name is required.
class SteeringMemberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SteeringMemberDialog(const SteeringMember &member, QWidget *parent = nullptr);

    /// The member as typed, with the id it came with.
    SteeringMember member() const;

private:
    void updateButtons();

    SteeringMember m_member;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QLineEdit *m_phone;
    QPushButton *m_okButton = nullptr;
};
