#pragma once

#include <QList>
#include <QString>

#include <random>

namespace Tessera::Sandbox {

// Deterministic generator for the demo seed: the same flags give the same ids and records.
class SeedRandom final
{
public:
    explicit SeedRandom(quint64 seed) : m_engine(seed) {}

    int bounded(int upper) // [0, upper)
    {
        return static_cast<int>(std::uniform_int_distribution<int>(0, upper - 1)(m_engine));
    }
    int between(int lower, int upper) { return lower + bounded(upper - lower + 1); } // inclusive
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_engine); }
    bool chance(double probability) { return unit() < probability; }

    template<typename T>
    const T &pick(const QList<T> &items)
    {
        return items.at(bounded(static_cast<int>(items.size())));
    }

    // Index into `weights` drawn with those relative weights.
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int weight : weights)
            total += weight;
        int draw = bounded(total);
        for (int i = 0; i < weights.size(); ++i) {
            if (draw < weights.at(i))
                return i;
            draw -= weights.at(i);
        }
        return static_cast<int>(weights.size()) - 1;
    }

    QString uuid() // RFC 4122 version 4 layout
    {
        const quint64 high = m_engine();
        const quint64 low = m_engine();
        const QString hex = QString::number((high & 0xFFFFFFFFFFFF0FFFULL) | 0x4000ULL, 16)
                                .rightJustified(16, u'0')
            + QString::number((low & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL, 16)
                  .rightJustified(16, u'0');
        return hex.mid(0, 8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-'
            + hex.mid(16, 4) + u'-' + hex.mid(20, 12);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace Tessera::Sandbox
