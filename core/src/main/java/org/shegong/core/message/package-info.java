/**
 * Message templates: named placeholders and English plural forms, the one mechanism by which every
 * Shegong module writes texts for people, in Chinese and English.
 *
 * <p>{@link org.shegong.core.message.MessageTemplate} is one template; {@link
 * org.shegong.core.message.LocalizedTemplate} pairs the Chinese and the English template of a
 * message. Rule messages ({@link org.shegong.core.issue.Rule}), policy periods ({@link
 * org.shegong.core.issue.PeriodText}), the framework conformance texts and the subsidy texts are
 * written with them. Values from input are masked before they enter a template.
 *
 * @since 0.1.0
 */
@NullMarked
package org.shegong.core.message;

import org.jspecify.annotations.NullMarked;
