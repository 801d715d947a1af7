// n8n's own lint rules for community node packages: the rule sets n8n's package scanner and
// `@n8n/node-cli lint` apply, on the sources and on the built output that ships.
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tseslint from 'typescript-eslint';

const community = n8nCommunityNodesPlugin.configs.recommended;

export default tseslint.config(
	{ ignores: ['node_modules/**', '.tmp/**', '.n8n-*/**', 'coverage/**', 'test-artifacts/**'] },
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		languageOptions: { parser: tseslint.parser },
		plugins: { ...community.plugins, 'n8n-nodes-base': n8nNodesBase },
		rules: { ...community.rules },
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// The docs link points at this package's README section, not an n8n docs slug.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// These two predate NodeConnectionTypes and flag the current way of declaring inputs.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
		},
	},
	{
		// The compiled output n8n actually loads.
		files: ['dist/**/*.js'],
		plugins: community.plugins,
		rules: { ...community.rules },
	},
	{
		// Everything that is not the package itself: the mock server, the tests and the scripts.
		// TypeScript's recommended rules (n8n's node rules above are about node descriptions).
		files: ['mock-server/**/*.ts', 'test/**/*.{ts,js}', 'scripts/**/*.{ts,js,mjs}'],
		extends: [tseslint.configs.recommended],
		rules: {
			// A leading underscore marks a parameter or binding kept on purpose (a callback's signature, a rest split).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
		},
	},
	{
		// Plain Node scripts and jest set-up files are CommonJS.
		files: ['**/*.js'],
		ignores: ['dist/**'],
		languageOptions: { sourceType: 'commonjs' },
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
	{
		// Tests read the mock's JSON state and n8n's untyped outputs: `any` there is the honest type.
		files: ['test/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},
	{
		files: ['package.json'],
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
		plugins: { ...community.plugins, 'n8n-nodes-base': n8nNodesBase },
		rules: { ...community.rules, ...n8nNodesBase.configs.community.rules },
	},
);
