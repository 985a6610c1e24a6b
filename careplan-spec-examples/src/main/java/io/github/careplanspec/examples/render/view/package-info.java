/**
 * The view model of the render templates: records and items ready to show. Internal to the module (not exported);
 * the precompiled templates in {@code render.templates} read it.
 */
package io.github.careplanspec.examples.render.view;
