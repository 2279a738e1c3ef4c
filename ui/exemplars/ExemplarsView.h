#pragma once

#include "RegisterPage.h"

#include <memory>

class ExemplarModel;
class ExemplarRegister;

/// The page of the campaign's register of models and exemplars: the table in Vietnamese
/// order with a filter that ignores accents, the buttons to add, edit, remove and put
/// forward, and a line of counts (collective models, individual exemplars, money mobilised)
/// of what is shown.
class ExemplarsView : public RegisterPage
{
    Q_OBJECT

public:
    explicit ExemplarsView(Workspace &workspace, QWidget *parent = nullptr);

    /// The model behind the table (before sorting and filtering).
    ExemplarModel *model() const { return m_model; }

protected:
    void retranslate() override;
    void load() override;
    int rowOf(qint64 id) const override;
    QList<std::pair<int, int>> columnLimits() const override;
    std::optional<qint64> unitToShow(const QModelIndex &source) const override;
    void updateCounts() override;
    void updateOwnButtons(bool chosen, const QString &refused) override;
    void add() override;
    void edit() override;
    void remove() override;

private:
    void putForward();

    ExemplarModel *m_model;
    std::shared_ptr<const ExemplarRegister> m_register;
    QPushButton *m_putForwardButton;
};
