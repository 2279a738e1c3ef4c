#include "VietnameseCollator.h"

#include <QLocale>

VietnameseCollator::VietnameseCollator()
    : m_collator(QLocale(QLocale::Vietnamese, QLocale::Vietnam))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}
