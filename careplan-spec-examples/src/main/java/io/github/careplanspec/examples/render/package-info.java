/**
 * The forms people read: transmission units rendered as the official 様式 in HTML (issue 15) — 居宅サービス計画書
 * （１）（２）, 週間サービス計画表, サービス利用票 (予定 with 実績 beside it) and its 別表, 利用者基本情報 and the
 * 介護予防サービス・支援計画書 — with a validation report's problems marked on their cells. Start at
 * {@link io.github.careplanspec.examples.render.FormRenderer}.
 *
 * <p>The pages come from jte templates precompiled at build time ({@code src/main/jte}, {@code ContentType.Html}:
 * every value is escaped by the engine); the view model they read is {@code render.view}, not exported.
 */
package io.github.careplanspec.examples.render;
