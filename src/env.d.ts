declare module 'virtual:handreiking/config' {
  const config: import('./site-config.ts').SiteConfig;
  export default config;
}
