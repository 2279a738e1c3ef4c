#pragma once

#include <QWidget>

#include <memory>

class DeferUntilShown;
class ExemplarModel;
class ExemplarRegister;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class RegisterFilterModel;
class Workspace;

/// The page of the campaign's register of models and exemplars: the table in Vietnamese
/// order with a filter that ignores accents, the buttons to add, edit, remove and put
/// forward, and a line of counts (collective models, individual exemplars, money mobilised)
/// of what is shown.
class ExemplarsView : public QWidget
{
    Q_OBJECT

public:
    explicit ExemplarsView(Workspace &workspace, QWidget *parent = nullptr);

    /// The model behind the table (before sorting and filtering).
    ExemplarModel *model() const { return m_model; }

signals:
    /// The clerk asked to see a unit (double-click on a unit's cell).
    void unitActivated(qint64 unitId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    /// Shows the workspace's register now, or when the page is next shown.
    void reload();
    void fitColumns();
    void updateButtons();
    void updateCounts();
    qint64 currentExemplarId() const;
    void selectExemplar(qint64 id);
    void add();
    void edit();
    void remove();
    void putForward();

    Workspace &m_workspace;
    std::shared_ptr<const ExemplarRegister> m_register;
    ExemplarModel *m_model;
    RegisterFilterModel *m_filter;
    QLabel *m_title;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_putForwardButton;
    QLabel *m_counts;
    bool m_columnsFitted = false;
    DeferUntilShown *m_deferral = nullptr;
};
