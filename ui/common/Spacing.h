#pragma once

class QLayout;

namespace Tessera::Spacing {

// The 8 px grid every view lays out on (UX.md). Views take margins and spacing from here,
// never their own numbers.
constexpr int Unit = 8;
constexpr int Tight = Unit / 2;
constexpr int Normal = Unit;
constexpr int Wide = 2 * Unit;
constexpr int Page = 2 * Unit;

void setPageMargins(QLayout *layout);  // a page's outer layout: Page margins, Normal spacing
void setGroupMargins(QLayout *layout); // a nested group: no margins, Normal spacing

} // namespace Tessera::Spacing
